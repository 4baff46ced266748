namespace SiteOptimizer.Rewriting.Css;

/// <summary>One <c>property: value</c> of a rule, with where it stands in the stylesheet.</summary>
/// <param name="Property">The property name, lower case.</param>
/// <param name="Value">The value as written, trimmed, without <c>!important</c>.</param>
/// <param name="Start">Offset of the declaration's first character.</param>
/// <param name="End">Offset just past the declaration (before its <c>;</c>, if any).</param>
internal sealed record CssDeclaration(string Property, string Value, int Start, int End);
