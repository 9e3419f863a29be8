import Foundation

/// One benchmark result: what was measured, on what, and the time.
struct Measurement: Encodable {
    var name: String
    var subject: String
    var milliseconds: Double
    var note: String?
}

/// Times closures with the monotonic clock: the median of several runs.
enum Stopwatch {
    static func median(runs: Int = 5, _ body: () throws -> Void) rethrows -> Double {
        var times: [Double] = []
        for _ in 0..<runs {
            let start = ContinuousClock.now
            try body()
            let elapsed = ContinuousClock.now - start
            times.append(Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15)
        }
        return times.sorted()[times.count / 2]
    }

    /// Peak resident memory of this process so far, in MB.
    static func peakMemoryMB() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return Double(usage.ru_maxrss) / 1024
    }
}
