namespace SiteOptimizer.Tests.Browser.Comparison;

/// <summary>
/// Where an image is drawn: an <c>&lt;img&gt;</c> or an element with a background image, in CSS
/// pixels from the page's top left; <see cref="Drawn"/> is false for an <c>&lt;img&gt;</c> with no
/// decoded picture (broken, or never loaded).
/// </summary>
internal sealed record ElementBox(string Kind, string Label, double X, double Y, double Width, double Height, bool Drawn)
{
    /// <summary>How far apart two boxes are: the largest change of an edge or a size.</summary>
    public double DistanceTo(ElementBox other) => new[]
    {
        Math.Abs(X - other.X), Math.Abs(Y - other.Y), Math.Abs(Width - other.Width), Math.Abs(Height - other.Height),
    }.Max();

    public override string ToString() => $"{Kind} {Label} at ({X:0.#}, {Y:0.#}) {Width:0.#}×{Height:0.#}{(Drawn ? "" : ", nothing drawn")}";
}
