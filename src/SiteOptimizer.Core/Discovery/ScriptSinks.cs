namespace SiteOptimizer.Discovery;

/// <summary>
/// What a script does with the string literal at a token, read from the tokens around it:
/// the property it is assigned to (<c>x.src = "…"</c>, <c>{ src: "…" }</c>), the attribute or
/// CSS property it is set as (<c>setAttribute("src", "…")</c>, <c>style.setProperty("background", "…")</c>),
/// the function it is given to (<c>getElementById("…")</c>), or <c>new URL("…", import.meta.url)</c>.
/// </summary>
internal static class ScriptSinks
{
    /// <summary>
    /// <c>src</c>, <c>srcset</c>, <c>sizes</c>, <c>markup</c>, <c>background</c>, <c>import.meta.url</c>,
    /// <c>getElementById</c>, <c>querySelector</c>, <c>querySelectorAll</c>, <c>createElement</c>, or null.
    /// </summary>
    public static string? Of(IReadOnlyList<JsToken> tokens, int i)
    {
        var previous = At(tokens, i - 1);
        if (previous.Is(JsTokenKind.Punctuator, "("))
        {
            var callee = At(tokens, i - 2);
            if (callee.Is(JsTokenKind.Identifier, "URL") && At(tokens, i - 3).Is(JsTokenKind.Identifier, "new"))
            {
                return IsImportMetaUrl(tokens, i + 1) ? "import.meta.url" : null;
            }
            return callee.Kind == JsTokenKind.Identifier && callee.Text is "getElementById" or "querySelector" or "querySelectorAll" or "createElement"
                ? callee.Text
                : null;
        }
        if (previous.Is(JsTokenKind.Punctuator, ","))
        {
            // setAttribute("src", "…"), style.setProperty("background-image", "…"), insertAdjacentHTML("beforeend", "…")
            var name = At(tokens, i - 2);
            var callee = At(tokens, i - 4);
            if (name.IsConstantString && At(tokens, i - 3).Is(JsTokenKind.Punctuator, "(") && callee.Kind == JsTokenKind.Identifier)
            {
                return callee.Text switch
                {
                    "setAttribute" or "setProperty" => Property(name.Text),
                    "insertAdjacentHTML" => "markup",
                    _ => null,
                };
            }
            return null;
        }
        if (previous.Is(JsTokenKind.Punctuator, ":") && At(tokens, i - 2) is { Kind: JsTokenKind.Identifier or JsTokenKind.String } key)
        {
            return Property(key.Text);
        }
        if (previous.Is(JsTokenKind.Punctuator, "="))
        {
            // x.src = "…" and x.innerHTML += "…", but not a comparison (==, !=, <=, >=).
            var at = At(tokens, i - 2).Is(JsTokenKind.Punctuator, "+") ? i - 3 : i - 2;
            var property = At(tokens, at);
            return property.Kind == JsTokenKind.Identifier && At(tokens, at - 1).Is(JsTokenKind.Punctuator, ".") ? Property(property.Text) : null;
        }
        return null;
    }

    private static string? Property(string name) => name switch
    {
        "src" or "srcset" or "sizes" => name,
        "innerHTML" or "outerHTML" => "markup",
        "backgroundImage" or "background" or "background-image" or "cssText" or "style" => "background",
        _ => null,
    };

    private static bool IsImportMetaUrl(IReadOnlyList<JsToken> tokens, int i) =>
        At(tokens, i).Is(JsTokenKind.Punctuator, ",") && At(tokens, i + 1).Is(JsTokenKind.Identifier, "import")
        && At(tokens, i + 2).Is(JsTokenKind.Punctuator, ".") && At(tokens, i + 3).Is(JsTokenKind.Identifier, "meta")
        && At(tokens, i + 4).Is(JsTokenKind.Punctuator, ".") && At(tokens, i + 5).Is(JsTokenKind.Identifier, "url");

    private static JsToken At(IReadOnlyList<JsToken> tokens, int index) =>
        index >= 0 && index < tokens.Count ? tokens[index] : new JsToken(JsTokenKind.Punctuator, -1, 0, "");
}
