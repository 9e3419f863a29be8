import Foundation

/// The system's words for the last failed call (`strerror(errno)`).
enum SystemError {
    static func lastMessage() -> String {
        message(for: errno)
    }

    static func message(for code: Int32) -> String {
        String(cString: strerror(code)).lowercased()
    }
}
