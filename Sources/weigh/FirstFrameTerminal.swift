import ReaderUI

/// The reader's terminal, passed through unchanged, that runs one piece of
/// work once its first frame has been drawn: work started sooner (the rest
/// of a large library, the search index) would compete with the first
/// screen for the processor.
@MainActor
final class FirstFrameTerminal<Base: TypeaheadTerminal>: TypeaheadTerminal {
    let base: Base
    private var afterFirstFrame: (() -> Void)?

    init(_ base: Base, afterFirstFrame: @escaping () -> Void) {
        self.base = base
        self.afterFirstFrame = afterFirstFrame
    }

    var size: Size { base.size }
    var hasTypeahead: Bool { base.hasTypeahead }

    func nextEvent() -> InputEvent? {
        // Also here, in case the first frame was never drawn (a size the
        // terminal no longer had): the work must still start.
        runAfterFirstFrame()
        return base.nextEvent()
    }

    func draw(_ canvas: Canvas) {
        base.draw(canvas)
        runAfterFirstFrame()
    }

    private func runAfterFirstFrame() {
        guard let work = afterFirstFrame else { return }
        afterFirstFrame = nil
        work()
    }
}
