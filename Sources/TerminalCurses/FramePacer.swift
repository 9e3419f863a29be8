/// Spaces the frames written to the terminal at least `interval` apart:
/// a frame asked for sooner waits for the rest of the interval (and a
/// newer one replaces it meanwhile), so a storm of resizes or a held key
/// writes at most one frame per interval. The first frame after a pause is
/// written at once, so a single key press is never delayed.
struct FramePacer {
    /// 30 frames a second: smooth for reading, and a resize storm or a held key costs a frame per 33 ms, not one per event.
    static let standardInterval = Duration.milliseconds(33)

    let interval: Duration
    private var lastFrame: ContinuousClock.Instant?

    init(interval: Duration = Self.standardInterval) {
        self.interval = interval
    }

    /// How long a frame must still wait at `now`; zero when it may be
    /// written.
    func delay(at now: ContinuousClock.Instant) -> Duration {
        guard let lastFrame else { return .zero }
        let due = lastFrame + interval
        return due <= now ? .zero : due - now
    }

    /// Notes that a frame was written at `now`.
    mutating func recordFrame(at now: ContinuousClock.Instant) {
        lastFrame = now
    }
}
