/// Spaces the frames written to the terminal so that a held key or a storm
/// of resizes writes at most one frame per `interval` over time, while a
/// key pressed on its own never waits: up to `burst` frames may follow one
/// another at once before the pacer spaces them out. A frame asked for when
/// the burst is spent waits for its turn (and a newer one replaces it
/// meanwhile, so what is written is always the latest).
///
/// It is a generic cell rate algorithm: `nextDue` is when the next frame
/// would be due if frames came exactly one interval apart; a frame may go
/// while that is no more than `burst - 1` intervals ahead of now.
struct FramePacer {
    /// 30 frames a second: smooth for reading, and a resize storm or a held
    /// key costs a frame per 33 ms, not one per event.
    static let standardInterval = Duration.milliseconds(33)
    /// Two quick presses (a key repeated, `gg`, a key and its undo) are
    /// each drawn at once; a third within the interval waits.
    static let standardBurst = 2

    let interval: Duration
    let burst: Int
    private var nextDue: ContinuousClock.Instant?

    init(interval: Duration = Self.standardInterval, burst: Int = Self.standardBurst) {
        self.interval = interval
        self.burst = max(1, burst)
    }

    /// How long a frame must still wait at `now`; zero when it may be
    /// written.
    func delay(at now: ContinuousClock.Instant) -> Duration {
        guard let nextDue else { return .zero }
        let allowed = nextDue - interval * (burst - 1)
        return allowed <= now ? .zero : allowed - now
    }

    /// Notes that a frame was written at `now`.
    mutating func recordFrame(at now: ContinuousClock.Instant) {
        let from = nextDue.map { max($0, now) } ?? now
        nextDue = from + interval
    }
}
