import Folio

/// The command-line spellings that plugins declare, mapped onto the generic ones before parsing.
///
/// An option's flags are `-O` in disguise (`--cover IMAGE` is `-O cover=IMAGE`, `--bom` is
/// `-O bom`), and a filter's switch pair is `--filter` and `--no-filter` (`--WORD` runs the
/// filter, `--no-WORD` keeps it off). The command line itself knows none of these words: they
/// come from the registry's descriptors, so a plugin registered in Swift gets its flags too.
struct PluginFlags {
    /// What a declared spelling stands for.
    enum Meaning: Equatable {
        /// An option: `-O NAME` for a flag, `-O NAME=VALUE` for one taking a value.
        case option(name: String, takesValue: Bool)
        /// `--filter NAME`.
        case runFilter(String)
        /// `--no-filter NAME`.
        case skipFilter(String)
    }

    /// Every declared spelling and what it stands for: usually one meaning; a filter's switch
    /// may share its spelling with an option of that filter's output (`--indicators=chart`).
    private(set) var meanings: [String: [Meaning]] = [:]

    /// The spellings the registry's plugins declare; for each kind of meaning, the first declaration of a spelling wins.
    init(registry: PluginRegistry) {
        func declare(_ spelling: String, _ meaning: Meaning) {
            let taken = meanings[spelling, default: []]
            let sameKind = taken.contains { Self.isSwitch($0) == Self.isSwitch(meaning) }
            if !sameKind { meanings[spelling] = taken + [meaning] }
        }
        for option in OptionDeclarations(registry: registry).declarations.map(\.option) + PluginOption.common {
            for flag in option.flags { declare(flag, .option(name: option.name, takesValue: option.kind != .flag)) }
        }
        for entry in registry.filters {
            guard let word = entry.descriptor.filterSwitch else { continue }
            declare("--" + word, .runFilter(entry.descriptor.name))
            declare("--no-" + word, .skipFilter(entry.descriptor.name))
        }
    }

    /// The arguments with every declared spelling replaced by its generic form; arguments after `--` stay.
    ///
    /// A spelling that is both a filter's switch and an option taking a value runs the filter
    /// when bare, and also sets the option when the value is attached (`--indicators=chart`).
    func rewriting(_ arguments: [String]) -> [String] {
        var result: [String] = []
        var index = arguments.startIndex
        while index < arguments.endIndex {
            let argument = arguments[index]
            index += 1
            if argument == "--" {
                result += arguments[(index - 1)...]
                break
            }
            let (spelling, attached) = Self.split(argument)
            let found = meanings[spelling] ?? []
            let isSwitch = found.contains(where: Self.isSwitch)
            let takesValue = found.contains { if case .option(_, takesValue: true) = $0 { true } else { false } }
            var rewritten: [String] = []
            for meaning in found {
                switch meaning {
                case .option(let name, takesValue: true):
                    if let attached {
                        rewritten += ["-O", "\(name)=\(attached)"]
                    } else if !isSwitch, index < arguments.endIndex {
                        rewritten += ["-O", "\(name)=\(arguments[index])"]
                        index += 1
                    }
                case .option(let name, takesValue: false) where attached == nil:
                    rewritten += ["-O", name]
                case .runFilter(let name) where attached == nil || takesValue:
                    rewritten += ["--filter", name]
                case .skipFilter(let name) where attached == nil:
                    rewritten += ["--no-filter", name]
                default:
                    break
                }
            }
            result += rewritten.isEmpty ? [argument] : rewritten
        }
        return result
    }

    private static func isSwitch(_ meaning: Meaning) -> Bool {
        if case .option = meaning { return false }
        return true
    }

    /// `--cover=a.png` → (`--cover`, `a.png`); anything else is its own spelling.
    private static func split(_ argument: String) -> (spelling: String, value: String?) {
        guard argument.hasPrefix("--"), let equals = argument.firstIndex(of: "=") else { return (argument, nil) }
        return (String(argument[..<equals]), String(argument[argument.index(after: equals)...]))
    }
}
