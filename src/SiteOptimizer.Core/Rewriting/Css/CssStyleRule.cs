namespace SiteOptimizer.Rewriting.Css;

/// <summary>A style rule: its selector list and declarations; <see cref="Media"/> is the enclosing <c>@media</c> condition, if any.</summary>
internal sealed record CssStyleRule(string Selector, IReadOnlyList<CssDeclaration> Declarations, string? Media)
{
    public CssDeclaration? Last(string property) => Declarations.LastOrDefault(d => d.Property == property);
}
