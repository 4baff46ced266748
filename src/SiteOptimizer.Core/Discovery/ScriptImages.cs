namespace SiteOptimizer.Discovery;

/// <summary>What a script reveals about the images it puts on the page.</summary>
/// <param name="Images">
/// Image URLs written as literals, in source order. <see cref="Reference.Origin"/> says how each
/// is used: <c>src</c>, <c>srcset</c> (one reference per candidate, with its descriptor),
/// <c>markup</c> (an <c>&lt;img&gt;</c> in HTML given to <c>innerHTML</c> or
/// <c>insertAdjacentHTML</c>), <c>background</c> (a CSS <c>url()</c> given to a style),
/// <c>import.meta.url</c> (<c>new URL(x, import.meta.url)</c>: relative to the script, not the
/// page) or <c>literal</c> (a string that names an image file, used in a way not followed).
/// </param>
/// <param name="Anchors">
/// CSS selectors of the elements the script looks up (<c>getElementById("x")</c> as <c>#x</c>,
/// <c>querySelector(s)</c>): where it can put what it creates.
/// </param>
/// <param name="CreatesImages">It makes image elements: <c>createElement("img")</c>, <c>new Image()</c> or <c>&lt;img</c> markup.</param>
/// <param name="Sizes">A <c>sizes</c> value it sets, for its <c>srcset</c>.</param>
internal sealed record ScriptImages(IReadOnlyList<Reference> Images, IReadOnlyList<string> Anchors, bool CreatesImages, string? Sizes);
