/// weigh's version, written here and nowhere else. `weigh --version`
/// prints it; scripts/install and scripts/package-deb ask the binary they
/// ship (`weigh --version`) rather than reading a copy, so the package's
/// version, the man pages' footer and the binary cannot disagree. It must
/// stay a valid Debian native version: digits, letters and `.+~`, no `-`.
enum WeighVersion {
    static let current = "0.1.0"
}
