namespace SiteOptimizer.Minification;

/// <summary>One error or warning esbuild logged about one input file.</summary>
/// <param name="Input">The index of the input file it is about.</param>
/// <param name="IsError">An error (the run fails) rather than a warning.</param>
/// <param name="Id">The warning's id, e.g. <c>css-syntax-error</c>; empty for errors.</param>
/// <param name="Text">The message.</param>
/// <param name="Line">1-based line.</param>
/// <param name="Column">1-based column (esbuild prints 0-based ones).</param>
internal sealed record EsbuildMessage(int Input, bool IsError, string Id, string Text, int Line, int Column)
{
    /// <summary>Errors, and CSS syntax warnings: esbuild would rewrite invalid CSS its own way, not the browser's.</summary>
    public bool KeepsOriginal => IsError || Id == "css-syntax-error";

    public override string ToString() => $"esbuild: {Line}:{Column}: {Text}";
}
