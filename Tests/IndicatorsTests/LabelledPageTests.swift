import FolioTestSupport
import Foundation
import Indicators
import Testing

/// The team's own labelled pages in Examples/labelled: written and labelled before the rules
/// were tuned on them, so their figures show how the rules generalise beyond the seed page.
@Suite struct LabelledPageTests {
    static let pages = ["haizhou-daily-2024-05-20-A3", "haizhou-daily-2024-09-10-A5", "haizhou-daily-2024-11-05-A6", "haizhou-daily-2024-10-08-A4"]

    @Test(arguments: pages)
    func reachesPrecisionAndRecall(_ name: String) throws {
        let stem = ProjectFolders.project("Examples/labelled/" + name)
        let page = try String(contentsOf: stem.appendingPathExtension("txt"), encoding: .utf8)
        let target = try String(contentsOf: stem.appendingPathExtension("indicators.csv"), encoding: .utf8)
        let evaluation = try TestSupport.evaluate(page: page, target: target)
        print("\(name): " + evaluation.summary)
        #expect(evaluation.precision == 1)
        #expect(evaluation.recall == 1)
    }
}
