/// Maps a role printed beside a name (记者, 通讯员, 摄影, translator) to a MARC relator code.
enum CreatorRole {
    /// Keywords, checked in order, and the relator each implies.
    private static let keywords: [(String, String)] = [
        ("通讯员", "ctb"), ("摄影", "pht"), ("摄", "pht"), ("图片", "pht"), ("翻译", "trl"), ("译", "trl"),
        ("插图", "ill"), ("绘", "ill"), ("编辑", "edt"), ("责编", "edt"), ("记者", "aut"), ("作者", "aut"),
        ("撰稿", "aut"), ("撰文", "aut"), ("文", "aut"),
        ("photo", "pht"), ("translat", "trl"), ("illustrat", "ill"), ("editor", "edt"), ("contributor", "ctb"),
        ("correspondent", "aut"), ("reporter", "aut"), ("writer", "aut"), ("author", "aut"),
    ]

    /// The MARC relator code for a printed role, or nil when the role is unknown or absent.
    static func marcRelator(for role: String?) -> String? {
        guard let role = role?.lowercased(), !role.isEmpty else { return nil }
        return keywords.first { role.contains($0.0) }?.1
    }
}
