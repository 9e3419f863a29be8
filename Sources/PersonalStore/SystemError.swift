import Foundation

/// The system's words for the last failed call (`strerror(errno)`).
public enum SystemError {
    public static func lastMessage() -> String {
        message(for: errno)
    }

    public static func message(for code: Int32) -> String {
        String(cString: strerror(code)).lowercased()
    }
}
