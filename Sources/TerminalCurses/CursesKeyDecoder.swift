import CNcursesw
import ReaderUI

/// Turns what `wget_wch` returns into the reader's `Key`s.
enum CursesKeyDecoder {
    /// A character (status OK) as a key.
    static func key(forCharacter value: UInt32) -> Key? {
        switch value {
        case 9: return .tab
        case 10, 13: return .enter
        case 27: return .escape
        case 8, 127: return .backspace
        case 1...26: return .control(Character(Unicode.Scalar(value + 96)!))
        case 0, 28...31: return nil
        default:
            guard let scalar = Unicode.Scalar(value) else { return nil }
            return .character(Character(scalar))
        }
    }

    /// A function key code (status KEY_CODE_YES) as a key.
    static func key(forCode code: Int32) -> Key? {
        switch code {
        case cn_key_up(): return .up
        case cn_key_down(): return .down
        case cn_key_left(): return .left
        case cn_key_right(): return .right
        case cn_key_ppage(): return .pageUp
        case cn_key_npage(): return .pageDown
        case cn_key_home(): return .home
        case cn_key_end(): return .end
        case cn_key_btab(): return .backTab
        case cn_key_enter(): return .enter
        case cn_key_backspace(): return .backspace
        case cn_key_dc(): return .delete
        default:
            for number in 1...12 where code == cn_key_f(Int32(number)) {
                return .function(number)
            }
            return nil
        }
    }
}
