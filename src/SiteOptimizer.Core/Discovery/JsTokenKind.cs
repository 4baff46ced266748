namespace SiteOptimizer.Discovery;

/// <summary>The few kinds of JavaScript token that finding imports needs to tell apart.</summary>
internal enum JsTokenKind
{
    Identifier,
    String,
    /// <summary>A template literal without substitutions: usable as a constant specifier.</summary>
    Template,
    /// <summary>A piece of a template literal that has <c>${}</c> substitutions.</summary>
    TemplatePart,
    Number,
    Regex,
    Punctuator,
}
