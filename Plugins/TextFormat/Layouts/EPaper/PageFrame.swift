import FolioCore

/// The frame of an e-paper page: the chrome above, below and between its articles, what that
/// chrome says about the page, and how strongly it says the text is a page at all.
struct PageFrame {
    /// Publication, date, edition and section, as the chrome gives them.
    private(set) var metadata = Metadata()
    /// The weight of the chrome found; two or more make a page.
    private(set) var score = 0
    /// The index of the first line inside the frame.
    private(set) var top = 0
    /// The index after the last line inside the frame.
    private(set) var bottom = 0

    /// Reads the frame off `lines`, blanking the navigation and Founder metadata found between articles.
    init(lines: inout [TextLine]) {
        while top < lines.count, lines[top].isBlank || isFrame(lines[top].text) { top += 1 }
        bottom = lines.count
        while bottom > top, lines[bottom - 1].isBlank || isFrame(lines[bottom - 1].text) { bottom -= 1 }
        for index in top..<bottom where !lines[index].isBlank {
            guard let chrome = PageChrome.classify(lines[index].text) else { continue }
            switch chrome {
            case .navigation, .founderMetadata:
                take(chrome)
                lines[index] = TextLine(number: lines[index].number, text: "")
            default:
                continue
            }
        }
    }

    /// Whether a line at the top or bottom of the page is frame; takes what it says.
    private mutating func isFrame(_ text: String) -> Bool {
        if let chrome = PageChrome.classify(text) {
            take(chrome)
            return true
        }
        if PageChrome.isPaperName(text) {
            score += 1
            if metadata.publication == nil { metadata.publication = text }
            return true
        }
        return PageChrome.isStrayMarker(text)
    }

    /// Adds a chrome line's weight and keeps the first value it gives for each field.
    private mutating func take(_ chrome: PageChrome) {
        score += chrome.weight
        switch chrome {
        case .edition(let edition, let section):
            metadata.edition = metadata.edition ?? edition
            metadata.section = metadata.section ?? section
        case .date(let date, let publication), .founderMetadata(let date?, let publication):
            metadata.date = metadata.date ?? date
            metadata.publication = metadata.publication ?? publication
        case .founderMetadata(nil, let publication):
            metadata.publication = metadata.publication ?? publication
        case .navigation:
            break
        case .metadataLine(let fields):
            metadata.publication = metadata.publication ?? fields.publication
            metadata.date = metadata.date ?? fields.date
            metadata.edition = metadata.edition ?? fields.edition
            metadata.section = metadata.section ?? fields.section
        }
    }
}
