import FolioCore

/// The `indicators` filter: finds the statistics in a document's prose and appends them as one
/// table with role `.indicators` (columns in ``IndicatorTable/columns``). Applying it again
/// replaces that table instead of adding a second.
public struct IndicatorsPlugin: FolioPlugin {
    /// Creates the plugin.
    public init() {}

    /// The filter's name: `--filter indicators`, and what `folio eval` runs.
    public static let name = "indicators"

    /// The `indicators` descriptor.
    public var descriptor: PluginDescriptor {
        PluginDescriptor(name: Self.name, aliases: ["indicator-table"],
                         summary: "statistics found in the prose (2.1万余人次, 超过50%, rose 4.5 percent) as an indicator table",
                         filterSwitch: Self.name)
    }

    /// The filter.
    public var filter: (any DocumentFilter)? { Filter() }

    /// Appends the indicator table, replacing an earlier one.
    public struct Filter: DocumentFilter {
        /// Creates the filter.
        public init() {}

        /// The document without its old indicator tables, wherever they sit, plus one new table of its indicators.
        public func apply(to document: Document, options: Options) throws -> Document {
            var result = document.rewriting(blocks: { block in
                if case .table(let table) = block, table.role == .indicators { return [] }
                return [block]
            })
            let indicators = IndicatorExtractor().indicators(in: result)
            result.blocks.append(.table(IndicatorTable.table(indicators)))
            return result
        }
    }
}
