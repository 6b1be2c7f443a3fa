import Foundation
import Testing
import FolioCore
import FolioMarkup
import FolioTestSupport
@testable import HTMLFormat

/// A Founder-style e-paper page, written for these tests (invented city news).
let samplePaperPage = """
<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><title>海州日报数字报</title></head>
<body><table width="100%"><tr><td class="nav">第A3版:城市·民生 <a href="prev.html">上一版</a> <a href="next.html">下一版</a></td></tr>
<tr><td><div id="ozoom">
<!--enpproperty <articleid>7730</articleid><date>2023-09-08 00:00:00:0</date><author></author><title>滨江步道全线贯通</title><subtitle>——十二公里连起三座公园</subtitle><introtitle></introtitle><nodename>城市·民生</nodename>/enpproperty-->
<!--enpcontent-->
<table><tr><td><img src="walk1.jpg" /></td></tr><tr><td>清晨的滨江步道</td></tr></table>
<figure><img src="walk2.jpg" alt="栈桥"/><figcaption>西段的木栈桥</figcaption></figure>
<p>　　记者 陈明远 通讯员 林小溪</p>
<p>　　海州滨江步道昨天全线贯通，全长12公里，
串起东湖、西山和南岸三座公园。</p>
<h2>东段：亲水平台</h2>
<p>　　东段长5公里，新建亲水平台6处。</p>
<h2>西段：木栈桥</h2>
<p>　　西段长7公里，其中木栈桥1.2公里。</p>
<!--/enpcontent-->
</div></td></tr></table></body></html>
"""

@Suite struct BrowserTests {
    @Test(.needsTool(Chromium.path != nil, Chromium.missing))
    func samplePageRendersInChromium() throws {
        let document = try readHTML(samplePaperPage)
        #expect(document.metadata.title == "滨江步道全线贯通")
        let folder = try TemporaryFolder()
        let page = folder.url.appendingPathComponent("page.html")
        try Data(try writeHTML(document).utf8).write(to: page)

        let dom = try Chromium.dumpDOM(page, profile: folder.url.appendingPathComponent("profile"))
        let rendered = try MarkupParser.parseHTML(dom, source: "dump-dom")
        let elements = rendered.root?.descendantElements() ?? []
        let title = elements.first { $0.isElement(named: "title") }?.textContent()
        #expect(title == "滨江步道全线贯通")
        #expect(elements.first { $0.isElement(named: "h1") }?.textContent() == "滨江步道全线贯通")
        #expect(elements.filter { $0.isElement(named: "h2") }.map { $0.textContent() } == ["东段：亲水平台", "西段：木栈桥"])
        #expect(elements.filter { $0.isElement(named: "figure") }.count == 2)
        #expect(elements.contains { $0.isElement(named: "img") && $0.attribute("src") == "walk2.jpg" })
        #expect(elements.contains { $0.classes.contains("byline") && $0.textContent().contains("陈明远") })
    }
}
