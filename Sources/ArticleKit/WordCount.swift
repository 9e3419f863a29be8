/// Words in a short text: runs of letters or digits (an apostrophe or
/// hyphen inside a word keeps it one word).
public enum WordCount {
    public static func of(_ text: String) -> Int {
        var count = 0
        var inWord = false
        for scalar in text.unicodeScalars {
            let isWordScalar = scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)
            if isWordScalar {
                if !inWord { count += 1 }
                inWord = true
            } else if inWord, scalar == "'" || scalar == "’" || scalar == "-" {
                continue
            } else {
                inWord = false
            }
        }
        return count
    }
}
