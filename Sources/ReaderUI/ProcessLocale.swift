import CLocaleWidth
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The process's character locale, which both `wcwidth` (our display
/// widths) and ncurses read. Set once, the same way for both, so the
/// layout and the terminal agree on how wide every character is.
public enum ProcessLocale {
    /// Adopts the user's character locale (`setlocale(LC_CTYPE, "")`); if
    /// its character set is not UTF-8 (LANG unset, or POSIX), uses
    /// `C.UTF-8` so wide text still measures and draws correctly.
    /// Idempotent; call before `initscr`. Only LC_CTYPE: it is all ncurses
    /// and `wcwidth` read; every category (LC_ALL) would read a dozen
    /// locale files on the way to the first frame and make C's number
    /// formatting depend on the user's locale.
    @discardableResult
    public static func prepareUTF8() -> Bool {
        setlocale(LC_CTYPE, "")
        if isUTF8 { return true }
        for name in ["C.UTF-8", "C.utf8", "en_US.UTF-8"] where setlocale(LC_CTYPE, name) != nil {
            if isUTF8 { return true }
        }
        return false
    }

    /// True if the current character set is UTF-8.
    public static var isUTF8: Bool { clw_codeset_is_utf8() != 0 }
}
