import Foundation

/// Which sanitizer this build has, told by its runtime's symbols (the test
/// runner and the `weigh` it starts are built alike).
enum SanitizerBuild {
    /// A ThreadSanitizer build (`scripts/sanitize thread`).
    static let thread = dlsym(nil, "__tsan_init") != nil
}
