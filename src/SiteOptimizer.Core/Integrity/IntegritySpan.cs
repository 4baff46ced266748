namespace SiteOptimizer.Integrity;

/// <summary>Where an integrity value stands in a page's text.</summary>
/// <param name="Start">The offset of its first character.</param>
/// <param name="Length">Its length.</param>
/// <param name="Quoted">Whether it is between quotes; an unquoted value gets quotes when rewritten (a digest may hold <c>=</c>).</param>
internal readonly record struct IntegritySpan(int Start, int Length, bool Quoted);
