/// Rough installed sizes of packages that dominate image size, for DF030.
///
/// **Dated table — as of 2026-11**, approximate *uncompressed* installed sizes in MB, dependencies included, on a
/// slim Debian 12/13 base with `--no-install-recommends` (apt names) or on Alpine 3.22 (apk names), taken from the
/// packages' "Installed-Size" fields plus the dependencies a slim base lacks, rounded. A package not listed counts
/// `defaultPackageMB`; installing with recommends multiplies apt estimates by `recommendsFactor`.
enum ImageSizeEstimates {
    static let asOf = "2026-11"
    static let defaultPackageMB = 5
    static let recommendsFactor = 1.3

    static let osPackagesMB: [String: Int] = [
        // Toolchains
        "build-essential": 240, "build-base": 200, "alpine-sdk": 230, "gcc": 110, "g++": 150, "gcc-c++": 150,
        "clang": 350, "llvm": 250, "cmake": 35, "make": 2, "autoconf": 3, "automake": 3, "libtool": 3,
        "gfortran": 60, "golang": 250, "golang-go": 250, "go": 250, "cargo": 300, "rustc": 250,
        // Headers and -dev packages
        "python3-dev": 50, "python3-pip": 40, "libpq-dev": 12, "postgresql-dev": 15, "libssl-dev": 10,
        "openssl-dev": 10, "default-libmysqlclient-dev": 12, "libmariadb-dev": 10, "libffi-dev": 1, "musl-dev": 10,
        "libc6-dev": 25, "libc-dev": 10, "linux-headers": 12, "libxml2-dev": 12, "libxslt1-dev": 4, "zlib1g-dev": 1,
        "libjpeg-dev": 2, "libpng-dev": 2, "libsqlite3-dev": 3, "libyaml-dev": 1, "libvips-dev": 300,
        // Runtimes and clients
        "python3": 30, "python3-venv": 2, "nodejs": 80, "npm": 150, "ruby": 30, "default-jdk": 350,
        "default-jdk-headless": 300, "default-jre": 250, "default-jre-headless": 200, "openjdk-17-jdk-headless": 250,
        "openjdk-21-jdk-headless": 260, "openjdk-17-jre-headless": 180, "openjdk-21-jre-headless": 190,
        "postgresql-client": 20, "mariadb-client": 25, "default-mysql-client": 25, "redis-tools": 5,
        // Tools
        "curl": 8, "wget": 4, "git": 45, "openssh-client": 6, "ca-certificates": 2, "gnupg": 10, "vim": 40,
        "nano": 3, "unzip": 1, "zip": 1, "jq": 1, "tini": 1, "gosu": 3, "procps": 2, "tzdata": 5, "locales": 20,
        "bash": 2, "less": 1, "netcat-openbsd": 1, "iputils-ping": 1, "dnsutils": 10, "supervisor": 10,
        // Heavy libraries and applications
        "chromium": 350, "chromium-browser": 350, "firefox-esr": 250, "ffmpeg": 250, "imagemagick": 60,
        "libreoffice": 600, "texlive": 400, "texlive-full": 5000, "graphviz": 30, "poppler-utils": 10,
        "tesseract-ocr": 40, "libgl1": 40, "libglib2.0-0": 10, "fonts-noto": 700, "nginx": 5,
    ]

    /// Python distributions whose wheels are known to be large (Linux x86_64).
    static let pythonPackagesMB: [String: Int] = [
        "torch": 2500, "tensorflow": 1600, "tensorflow-cpu": 600, "jax": 30, "jaxlib": 250, "nvidia-cudnn-cu12": 700,
        "scipy": 110, "pandas": 70, "numpy": 40, "scikit-learn": 50, "opencv-python": 90, "opencv-python-headless": 80,
        "matplotlib": 40, "pyarrow": 130, "polars": 100, "transformers": 10, "spacy": 40,
    ]

    /// Paths copied from other stages or images that are known to be large, by prefix.
    static let copiedPathsMB: [(prefix: String, megabytes: Int, label: String)] = [
        ("/usr/local/rustup", 1000, "the Rust toolchain"), ("/root/.rustup", 1000, "the Rust toolchain"),
        ("/usr/local/cargo", 300, "Cargo's home"), ("/root/.cargo", 300, "Cargo's home"),
        ("/usr/local/go", 250, "the Go toolchain"), ("/opt/conda", 500, "a Conda installation"),
        ("/usr/lib/jvm", 300, "a JDK"),
    ]
}
