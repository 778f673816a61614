#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// An I/O problem with a path: the run goes on and exits 2 at the end.
public struct FileSystemError: Error, Sendable, Hashable, CustomStringConvertible {
    public var path: String
    public var message: String

    public init(path: String, message: String) {
        self.path = path
        self.message = message
    }

    public var description: String { "\(path): \(message)" }
}

/// The few POSIX calls discovery needs: cheaper than FileManager for walking thousands of files.
enum FileSystem {
    enum EntryType: Sendable { case file, directory, other }

    struct Entry: Sendable {
        var name: String
        var type: EntryType
    }

    static func errorText(_ code: Int32) -> String {
        guard let text = strerror(code) else { return "error \(code)" }
        return String(cString: text).lowercased()
    }

    /// Follows symlinks; nil when the path does not exist.
    static func type(of path: String) -> Result<EntryType, FileSystemError> {
        var info = stat()
        guard stat(path, &info) == 0 else {
            return .failure(FileSystemError(path: path, message: errorText(errno)))
        }
        return .success(entryType(mode: info.st_mode))
    }

    private static func entryType(mode: mode_t) -> EntryType {
        switch mode & S_IFMT {
        case S_IFREG: return .file
        case S_IFDIR: return .directory
        default: return .other
        }
    }

    /// Reads a whole file into memory.
    static func read(_ path: String) -> Result<[UInt8], FileSystemError> {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { return .failure(FileSystemError(path: path, message: errorText(errno))) }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { return .failure(FileSystemError(path: path, message: errorText(errno))) }
        if entryType(mode: info.st_mode) == .directory {
            return .failure(FileSystemError(path: path, message: "is a directory"))
        }
        var bytes: [UInt8] = []
        var capacity = max(Int(info.st_size), 0) + 1
        bytes.reserveCapacity(capacity)
        while true {
            if bytes.count == capacity {
                capacity *= 2
                bytes.reserveCapacity(capacity)
            }
            let want = capacity - bytes.count
            var failure: Int32 = 0
            let got: Int = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: want) { buffer in
                let n = Glue.read(fd, buffer.baseAddress, want)
                if n > 0 { bytes.append(contentsOf: buffer[0..<n]) }
                if n < 0 { failure = errno }
                return n
            }
            if got == 0 { break }
            if got < 0 {
                if failure == EINTR { continue }
                return .failure(FileSystemError(path: path, message: errorText(failure)))
            }
        }
        return .success(bytes)
    }

    /// The entries of a directory (without `.` and `..`), symlinks resolved to what they point at.
    static func list(_ path: String) -> Result<[Entry], FileSystemError> {
        guard let dir = opendir(path) else { return .failure(FileSystemError(path: path, message: errorText(errno))) }
        defer { closedir(dir) }
        var entries: [Entry] = []
        while let pointer = readdir(dir) {
            let name = withUnsafePointer(to: &pointer.pointee.d_name) {
                String(cString: UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self))
            }
            if name == "." || name == ".." { continue }
            let type: EntryType
            switch Int32(pointer.pointee.d_type) {
            case Int32(DT_REG): type = .file
            case Int32(DT_DIR): type = .directory
            case Int32(DT_LNK), Int32(DT_UNKNOWN):
                // A symlinked directory is not followed (no loops); a symlinked file is linted.
                var info = stat()
                var linkInfo = stat()
                let full = path.hasSuffix("/") ? path + name : path + "/" + name
                if lstat(full, &linkInfo) == 0, linkInfo.st_mode & S_IFMT == S_IFLNK {
                    type = stat(full, &info) == 0 && info.st_mode & S_IFMT == S_IFREG ? .file : .other
                } else if stat(full, &info) == 0 {
                    type = entryType(mode: info.st_mode)
                } else {
                    type = .other
                }
            default: type = .other
            }
            entries.append(Entry(name: name, type: type))
        }
        entries.sort { $0.name < $1.name }
        return .success(entries)
    }

    static func currentDirectory() -> String {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        guard getcwd(&buffer, buffer.count) != nil else { return "." }
        return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    static func exists(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0
    }

    static func write(_ bytes: [UInt8], to path: String) -> Result<Void, FileSystemError> {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard fd >= 0 else { return .failure(FileSystemError(path: path, message: errorText(errno))) }
        defer { close(fd) }
        var written = 0
        while written < bytes.count {
            let n = bytes.withUnsafeBufferPointer { Glue.write(fd, $0.baseAddress! + written, bytes.count - written) }
            if n < 0 {
                if errno == EINTR { continue }
                return .failure(FileSystemError(path: path, message: errorText(errno)))
            }
            written += n
        }
        return .success(())
    }
}

/// libc's `read`/`write`, named apart from Swift methods of the same name.
private enum Glue {
    static func read(_ fd: Int32, _ buffer: UnsafeMutablePointer<UInt8>?, _ count: Int) -> Int {
        #if canImport(Glibc)
        return Glibc.read(fd, buffer, count)
        #elseif canImport(Musl)
        return Musl.read(fd, buffer, count)
        #else
        return Darwin.read(fd, buffer, count)
        #endif
    }

    static func write(_ fd: Int32, _ buffer: UnsafePointer<UInt8>, _ count: Int) -> Int {
        #if canImport(Glibc)
        return Glibc.write(fd, buffer, count)
        #elseif canImport(Musl)
        return Musl.write(fd, buffer, count)
        #else
        return Darwin.write(fd, buffer, count)
        #endif
    }
}

/// Lexical path arithmetic (no symlink resolution), `/`-separated.
enum PathArithmetic {
    static func absolute(_ path: String, cwd: String) -> String {
        normalise(path.hasPrefix("/") ? path : cwd + "/" + path)
    }

    /// Folds `.`, `..` and repeated slashes.
    static func normalise(_ path: String) -> String {
        let isAbsolute = path.hasPrefix("/")
        var parts: [Substring] = []
        for part in path.split(separator: "/", omittingEmptySubsequences: true) {
            if part == "." { continue }
            if part == ".." {
                if let last = parts.last, last != ".." { parts.removeLast() } else if !isAbsolute { parts.append(part) }
                continue
            }
            parts.append(part)
        }
        let joined = parts.joined(separator: "/")
        return isAbsolute ? "/" + joined : (joined.isEmpty ? "." : joined)
    }

    /// `path` relative to `base` when it lies inside it; nil otherwise. Both absolute and normalised.
    static func relative(_ path: String, to base: String) -> String? {
        if path == base { return "." }
        let prefix = base == "/" ? "/" : base + "/"
        guard path.hasPrefix(prefix) else { return nil }
        return String(path.dropFirst(prefix.count))
    }

    static func join(_ base: String, _ name: String) -> String {
        if base == "." { return name }
        return base.hasSuffix("/") ? base + name : base + "/" + name
    }

    static func directory(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        if slash == path.startIndex { return "/" }
        return String(path[..<slash])
    }

    static func fileName(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return path }
        return String(path[path.index(after: slash)...])
    }
}
