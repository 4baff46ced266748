namespace SiteOptimizer.Discovery;

/// <summary>
/// A token of a script. For strings and templates, <see cref="Offset"/> and <see cref="Length"/>
/// cover the text between the quotes and <see cref="Text"/> is its decoded value.
/// </summary>
internal readonly record struct JsToken(JsTokenKind Kind, int Offset, int Length, string Text)
{
    public bool Is(JsTokenKind kind, string text) => Kind == kind && Text == text;

    public bool IsConstantString => Kind is JsTokenKind.String or JsTokenKind.Template;
}
