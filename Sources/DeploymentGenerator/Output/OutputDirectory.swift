import DeploySyntax
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// What regeneration does with one file.
public enum WriteAction: String, Sendable, Hashable {
    /// The file does not exist yet.
    case create
    /// The file is ours (hash matches the manifest) and its content changes.
    case update
    /// The file already holds exactly what would be written.
    case unchanged
    /// The file was edited by hand since we wrote it; left alone.
    case refuseEdited = "refuse-edited"
    /// The file exists but we never wrote it (not in the manifest); left alone.
    case refuseUnmanaged = "refuse-unmanaged"
    /// The file was edited by hand and `--force` replaces it.
    case overwriteEdited = "overwrite-edited"

    public var writes: Bool { self == .create || self == .update || self == .overwriteEdited }
    public var isRefusal: Bool { self == .refuseEdited || self == .refuseUnmanaged }
}

/// The decision for one generated file, with both texts so `--diff` can show them.
public struct PlannedWrite: Sendable, Hashable {
    public var file: GeneratedFile
    public var action: WriteAction
    /// What is on disk now (nil when the file does not exist or is not a regular file).
    public var currentContents: String?
}

/// Everything one run would do, computed before anything is written.
public struct WritePlan: Sendable, Hashable {
    public var directory: String
    public var entries: [PlannedWrite]
    /// The manifest to record after applying the plan.
    public var manifest: GenerationManifest

    public var refused: [PlannedWrite] { entries.filter { $0.action.isRefusal } }
    public var changes: [PlannedWrite] { entries.filter { $0.action.writes } }

    /// Unified diffs of every file whose content differs from what would be written.
    public func unifiedDiffs() -> String {
        entries.compactMap { entry -> String? in
            guard entry.action != .unchanged, entry.action != .refuseUnmanaged || entry.currentContents != nil else { return nil }
            let old = entry.currentContents ?? ""
            let oldPath = entry.currentContents == nil ? "/dev/null" : "a/" + entry.file.path
            let diff = LineDiff.unified(old: old, new: entry.file.contents, oldPath: oldPath, newPath: "b/" + entry.file.path)
            return diff.isEmpty ? nil : diff
        }.joined()
    }
}

/// A failure to read or write the output directory itself.
public struct OutputError: Error, Sendable, CustomStringConvertible {
    public var path: String
    public var message: String
    public var description: String { "\(path): \(message)" }
}

/// The output directory: plans regeneration against its manifest and applies plans with atomic writes.
///
/// Safety rules: a file whose bytes no longer match the hash recorded when we wrote it was edited by a person and
/// is left alone unless `force`; a file that exists but is not in the manifest is never overwritten; nothing is
/// ever deleted; every write goes to a temporary file in the same folder and is renamed over the target.
public struct OutputDirectory: Sendable {
    public var path: String

    public init(path: String) {
        self.path = path
    }

    public var manifestPath: String { join(path, GenerationManifest.fileName) }

    /// Reads the manifest; an absent one is empty, an unreadable one is an error (we cannot tell edits apart).
    public func readManifest() throws(OutputError) -> GenerationManifest {
        let empty = GenerationManifest(generator: ToolIdentity.name, version: ToolIdentity.version)
        guard let bytes = readRegularFile(manifestPath) else { return empty }
        do {
            return try GenerationManifest.decode(bytes)
        } catch {
            throw OutputError(
                path: manifestPath,
                message: "cannot read the generation manifest (\(error)); move it away only if no file here was edited by hand"
            )
        }
    }

    /// Decides, for every file, whether it is created, updated, unchanged or refused. Reads only.
    public func plan(_ files: [GeneratedFile], force: Bool) throws(OutputError) -> WritePlan {
        let old = try readManifest()
        var manifest = GenerationManifest(generator: ToolIdentity.name, version: ToolIdentity.version, files: old.files)
        var entries: [PlannedWrite] = []
        for file in files.sorted(by: { $0.path < $1.path }) {
            guard Self.isSafeRelativePath(file.path) else {
                throw OutputError(path: file.path, message: "refusing to write outside the output directory")
            }
            let target = join(path, file.path)
            let kind = fileKind(target)
            if kind == .other {
                entries.append(PlannedWrite(file: file, action: .refuseUnmanaged, currentContents: nil))
                continue
            }
            guard kind == .regular, let bytes = readRegularFile(target) else {
                entries.append(PlannedWrite(file: file, action: .create, currentContents: nil))
                manifest.files[file.path] = file.sha256
                continue
            }
            let current = String(decoding: bytes, as: UTF8.self)
            let newBytes = Array(file.contents.utf8)
            if bytes == newBytes {
                entries.append(PlannedWrite(file: file, action: .unchanged, currentContents: current))
                // Byte-identical to our output (header included): ours, whether or not it was recorded.
                manifest.files[file.path] = file.sha256
                continue
            }
            guard let recorded = old.files[file.path] else {
                entries.append(PlannedWrite(file: file, action: .refuseUnmanaged, currentContents: current))
                continue
            }
            if SHA256.hexDigest(bytes) == recorded {
                entries.append(PlannedWrite(file: file, action: .update, currentContents: current))
                manifest.files[file.path] = file.sha256
            } else if force {
                entries.append(PlannedWrite(file: file, action: .overwriteEdited, currentContents: current))
                manifest.files[file.path] = file.sha256
            } else {
                entries.append(PlannedWrite(file: file, action: .refuseEdited, currentContents: current))
            }
        }
        return WritePlan(directory: path, entries: entries, manifest: manifest)
    }

    /// Writes every planned change atomically, then the manifest. Refused and unchanged files are not touched.
    public func apply(_ plan: WritePlan) throws(OutputError) {
        try makeDirectory(path)
        for entry in plan.entries where entry.action.writes {
            let target = join(path, entry.file.path)
            if let slash = entry.file.path.lastIndex(of: "/") {
                try makeDirectory(join(path, String(entry.file.path[..<slash])))
            }
            try writeAtomically(Array(entry.file.contents.utf8), to: target, mode: entry.file.isExecutable ? 0o755 : 0o644)
        }
        let manifestText = plan.manifest.encoded()
        let currentManifest = readRegularFile(manifestPath)
        if currentManifest != Array(manifestText.utf8) {
            try writeAtomically(Array(manifestText.utf8), to: manifestPath, mode: 0o644)
        }
    }

    // MARK: - File system

    static func isSafeRelativePath(_ path: String) -> Bool {
        guard !path.isEmpty, !path.hasPrefix("/"), !path.contains("\0") else { return false }
        return path.split(separator: "/", omittingEmptySubsequences: false).allSatisfy {
            !$0.isEmpty && $0 != "." && $0 != ".."
        }
    }

    private enum Kind { case missing, regular, other }

    /// `lstat` so a symlink at a target path is never followed.
    private func fileKind(_ path: String) -> Kind {
        var info = stat()
        guard lstat(path, &info) == 0 else { return .missing }
        return (info.st_mode & S_IFMT) == S_IFREG ? .regular : .other
    }

    private func readRegularFile(_ path: String) -> [UInt8]? {
        guard fileKind(path) == .regular, let data = FileManager.default.contents(atPath: path) else { return nil }
        return [UInt8](data)
    }

    private func makeDirectory(_ dir: String) throws(OutputError) {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: dir, isDirectory: &isDirectory) {
            if isDirectory.boolValue { return }
            throw OutputError(path: dir, message: "exists and is not a directory")
        }
        do {
            try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        } catch {
            throw OutputError(path: dir, message: "cannot create directory: \(error.localizedDescription)")
        }
    }

    private func writeAtomically(_ bytes: [UInt8], to target: String, mode: mode_t) throws(OutputError) {
        let temporary = target + ".specql-deploy-tmp-\(getpid())"
        var fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_EXCL | O_NOFOLLOW, mode)
        if fd < 0 && errno == EEXIST {
            // Left over by a run of the same pid that crashed: ours to replace.
            unlink(temporary)
            fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_EXCL | O_NOFOLLOW, mode)
        }
        guard fd >= 0 else {
            throw OutputError(path: target, message: "cannot create temporary file: \(String(cString: strerror(errno)))")
        }
        var written = 0
        var failure: Int32 = 0
        bytes.withUnsafeBytes { buffer in
            while written < buffer.count {
                let n = write(fd, buffer.baseAddress! + written, buffer.count - written)
                if n < 0 {
                    if errno == EINTR { continue }
                    failure = errno
                    return
                }
                written += n
            }
        }
        if failure == 0 && fsync(fd) != 0 { failure = errno }
        close(fd)
        if failure == 0 && rename(temporary, target) != 0 { failure = errno }
        if failure != 0 {
            unlink(temporary)
            throw OutputError(path: target, message: "cannot write: \(String(cString: strerror(failure)))")
        }
    }

    private func join(_ base: String, _ relative: String) -> String {
        base.hasSuffix("/") ? base + relative : base + "/" + relative
    }
}
