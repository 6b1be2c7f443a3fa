import Foundation
import Testing
import FolioCore
@testable import HTMLFormat

@Suite struct PerformanceTests {
    /// A 100 KB article page: paragraphs, links, a table, chrome around it.
    static let largePage: String = {
        var html = "<html><head><meta charset=utf-8><title>长页面</title></head><body><div class=nav>"
        for index in 0..<50 { html += "<a href='/n\(index)'>栏目\(index)</a> " }
        html += "</div><div class=content><h1>长页面</h1>"
        var index = 0
        while html.utf8.count < 100_000 {
            html += "<p>第\(index)段：城东街道今年新建口袋公园，总面积达1.2万平方米，<a href='p\(index).html'>详情</a>，惠及周边居民3万余人。</p>\n"
            if index % 40 == 0 { html += "<table><tr><th>项目</th><th>数值</th></tr><tr><td>面积</td><td>\(index)</td></tr></table>" }
            index += 1
        }
        return html + "</div><div class=footer>版权所有</div></body></html>"
    }()

    @Test func hundredKilobytePageReadsQuickly() throws {
        let data = Data(Self.largePage.utf8)
        let reader = HTMLReader()
        _ = try reader.read(data, source: "large.html", options: Options())
        let runs = 5
        let start = DispatchTime.now()
        for _ in 0..<runs { _ = try reader.read(data, source: "large.html", options: Options()) }
        let milliseconds = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e6 / Double(runs)
        print("reading a \(data.count / 1024) KB page took \(String(format: "%.1f", milliseconds)) ms")
        // A bound that only a quadratic slip breaks, even in a debug build on a busy machine;
        // a release build reads such a page in under 10 ms.
        #expect(milliseconds < 1500)
    }
}

