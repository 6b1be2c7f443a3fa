import FolioCore
import Testing

@Suite struct MetadataEntryTests {
    @Test func entriesRoundTripEveryField() {
        let metadata = Metadata(
            title: "标题", subtitle: "副题", introTitle: "引题", authors: [Author(name: "甲", role: "记者"), Author(name: "乙")],
            date: "2024-05-14", publication: "日报", edition: "A3", section: "要闻", language: "zh-CN", source: "a.txt",
            identifier: "id-1", credits: ["图片由某处提供"], keywords: ["一", "二"], summary: "摘要", extra: ["rights": "CC BY"])
        #expect(Metadata(entries: metadata.entries) == metadata)
        #expect(metadata.entries.map(\.key) == metadata.entries.map(\.key).sorted())
        #expect(metadata.entries.first { $0.key == "author-role" }?.value == .list(["记者", ""]))
    }

    @Test func listsAndTextsMeetHalfway() {
        let metadata = Metadata(entries: [MetadataEntry(key: "title", value: .list(["a", "b"])), MetadataEntry(key: "keywords", value: .text("x"))])
        #expect(metadata.title == "a, b")
        #expect(metadata.keywords == ["x"])
    }

    @Test func freeKeysDoNotShadowFields() {
        let metadata = Metadata(title: "T", extra: ["title": "other", "mood": "calm"])
        #expect(metadata.entries == [MetadataEntry(key: "mood", value: .text("calm")), MetadataEntry(key: "title", value: .text("T"))])
    }
}
