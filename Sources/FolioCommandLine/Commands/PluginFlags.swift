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

    /// Every declared spelling and its meaning.
    private(set) var meanings: [String: Meaning] = [:]

    /// The spellings the registry's plugins declare; the first declaration of a spelling wins.
    init(registry: PluginRegistry) {
        for option in OptionDeclarations(registry: registry).declarations.map(\.option) + PluginOption.common {
            for flag in option.flags where meanings[flag] == nil {
                meanings[flag] = .option(name: option.name, takesValue: option.kind != .flag)
            }
        }
        for entry in registry.filters {
            guard let word = entry.descriptor.filterSwitch else { continue }
            if meanings["--" + word] == nil { meanings["--" + word] = .runFilter(entry.descriptor.name) }
            if meanings["--no-" + word] == nil { meanings["--no-" + word] = .skipFilter(entry.descriptor.name) }
        }
    }

    /// The arguments with every declared spelling replaced by its generic form; arguments after `--` stay.
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
            switch meanings[spelling] {
            case .option(let name, takesValue: true)?:
                if let attached {
                    result += ["-O", "\(name)=\(attached)"]
                } else if index < arguments.endIndex {
                    result += ["-O", "\(name)=\(arguments[index])"]
                    index += 1
                } else {
                    result.append(argument)
                }
            case .option(let name, takesValue: false)? where attached == nil:
                result += ["-O", name]
            case .runFilter(let name)? where attached == nil:
                result += ["--filter", name]
            case .skipFilter(let name)? where attached == nil:
                result += ["--no-filter", name]
            default:
                result.append(argument)
            }
        }
        return result
    }

    /// `--cover=a.png` → (`--cover`, `a.png`); anything else is its own spelling.
    private static func split(_ argument: String) -> (spelling: String, value: String?) {
        guard argument.hasPrefix("--"), let equals = argument.firstIndex(of: "=") else { return (argument, nil) }
        return (String(argument[..<equals]), String(argument[argument.index(after: equals)...]))
    }
}
