namespace SiteOptimizer.Discovery;

/// <summary>
/// Finds the modules an ES module loads: static <c>import … from</c>, <c>import "x"</c>,
/// <c>export … from</c>, and <c>import("x")</c> with a constant specifier. Only URL-like
/// specifiers are kept: a bare one (<c>lodash</c>) needs an import map the crawler does not read.
/// Stateless and thread-safe.
/// </summary>
internal static class ModuleImportExtractor
{
    private static readonly string[] s_urlPrefixes = ["./", "../", "/", "http://", "https://"];

    public static ExtractedReferences Extract(string js)
    {
        ArgumentNullException.ThrowIfNull(js);
        var tokens = new JsTokenizer(js).Tokenize();
        var lines = new LineMap(js);
        var references = new List<Reference>();
        for (var i = 0; i < tokens.Count; i++)
        {
            if (FindSpecifier(tokens, i) is not ({ } specifier, var origin) || !IsUrlLike(specifier.Text))
            {
                continue;
            }
            var (line, column) = lines.Locate(specifier.Offset);
            references.Add(new Reference(specifier.Text, ResourceType.Module, DiscoveryKind.Script, line, column)
            {
                Origin = origin,
                IsAsync = origin == "import()",
                Offset = specifier.Offset,
                Length = specifier.Length,
            });
        }
        return new ExtractedReferences(null, references);
    }

    /// <summary>The specifier of the import or export that starts at token <paramref name="i"/>, if one does.</summary>
    private static (JsToken? Specifier, string Origin) FindSpecifier(IReadOnlyList<JsToken> tokens, int i)
    {
        var token = tokens[i];
        var afterMemberAccess = i > 0 && tokens[i - 1].Kind == JsTokenKind.Punctuator && tokens[i - 1].Text is "." or "?.";
        if (token.Kind != JsTokenKind.Identifier || afterMemberAccess)
        {
            return (null, "");
        }
        var next = At(tokens, i + 1);
        if (token.Text == "import")
        {
            if (next.Is(JsTokenKind.Punctuator, "("))
            {
                // import(variable) and import(`${x}.js`) name nothing a crawler can know.
                var argument = At(tokens, i + 2);
                var after = At(tokens, i + 3);
                var constant = argument.IsConstantString && after.Kind == JsTokenKind.Punctuator && after.Text is ")" or ",";
                return (constant ? argument : null, "import()");
            }
            if (next.Kind == JsTokenKind.String)
            {
                return (next, "import");
            }
            return (next.Is(JsTokenKind.Punctuator, ".") ? null : FromClause(tokens, i + 1), "import");
        }
        if (token.Text == "export" && (next.Is(JsTokenKind.Punctuator, "*") || next.Is(JsTokenKind.Punctuator, "{")))
        {
            return (FromClause(tokens, i + 1), "export");
        }
        return (null, "");
    }

    /// <summary>
    /// Walks an import or export clause (<c>x, {a as b}</c>, <c>* as ns</c>) to the string after
    /// <c>from</c>; null when the tokens are not such a clause (<c>export {a};</c>).
    /// </summary>
    private static JsToken? FromClause(IReadOnlyList<JsToken> tokens, int start)
    {
        var depth = 0;
        for (var j = start; j < tokens.Count; j++)
        {
            var token = tokens[j];
            if (depth == 0 && token.Is(JsTokenKind.Identifier, "from") && At(tokens, j + 1).Kind == JsTokenKind.String)
            {
                return tokens[j + 1];
            }
            var allowed = token.Kind switch
            {
                JsTokenKind.Punctuator => token.Text is "{" or "}" or "," or "*",
                JsTokenKind.Identifier => depth > 0 || token.Text is not ("import" or "export"),
                JsTokenKind.String => depth > 0,
                _ => false,
            };
            if (!allowed)
            {
                return null;
            }
            if (token.Kind == JsTokenKind.Punctuator)
            {
                depth += token.Text == "{" ? 1 : token.Text == "}" ? -1 : 0;
            }
            if (depth < 0)
            {
                return null;
            }
        }
        return null;
    }

    private static JsToken At(IReadOnlyList<JsToken> tokens, int index) =>
        index < tokens.Count ? tokens[index] : new JsToken(JsTokenKind.Punctuator, -1, 0, "");

    private static bool IsUrlLike(string specifier) =>
        s_urlPrefixes.Any(prefix => specifier.StartsWith(prefix, StringComparison.OrdinalIgnoreCase));
}
