import Foundation

/// A question the person wants to ask their clinician, in their order;
/// one made from a claim ("ask about this") keeps the claim as written.
public struct ClinicianQuestion: Hashable, Sendable, Codable, Identifiable {
    /// A question is something to read out to a clinician.
    public static let maximumLength = 1_000

    public var id: Int64
    public var text: String
    /// Place in the list, from 0; the list is shown in this order.
    public var position: Int
    public var claim: ClaimSnapshot?
    public var createdAt: Date

    public init(id: Int64, text: String, position: Int, claim: ClaimSnapshot? = nil, createdAt: Date) {
        self.id = id
        self.text = text
        self.position = position
        self.claim = claim
        self.createdAt = createdAt
    }

    /// Questions offered to start with, in the library's own words (after
    /// the "Ask 3 Questions" and Ottawa guides): options including
    /// waiting, benefits and harms, how likely for me, what a session is
    /// like, what it costs.
    public static let starters = [
        "What are my options, including waiting or doing nothing for now?",
        "What are the possible benefits and harms of each option?",
        "How likely are those benefits and harms for someone like me?",
        "What happens during a session, and in the hours and days after?",
        "What would it cost me, and would my insurance help?",
    ]
}
