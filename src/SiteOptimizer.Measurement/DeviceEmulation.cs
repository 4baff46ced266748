using SiteOptimizer.Estimation;

namespace SiteOptimizer.Measurement;

/// <summary>
/// The screen a page is measured on: the profile's viewport, the same one the estimate assumes,
/// since it decides which <c>srcset</c> candidate the browser picks and what is above the fold.
/// </summary>
/// <param name="Width">Viewport width in CSS pixels.</param>
/// <param name="Height">Viewport height in CSS pixels.</param>
/// <param name="DeviceScaleFactor">Device pixels per CSS pixel.</param>
/// <param name="Mobile">Whether the page is laid out as on a phone (meta viewport honoured).</param>
internal sealed record DeviceEmulation(int Width, int Height, double DeviceScaleFactor, bool Mobile)
{
    // Narrower than any desktop window, wider than any phone held upright.
    private const int WidestPhone = 800;

    public static DeviceEmulation Of(NetworkProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        return new(profile.ViewportWidth, profile.ViewportHeight, profile.DeviceScaleFactor, profile.ViewportWidth < WidestPhone);
    }

    public override string ToString() => $"{(Mobile ? "phone" : "desktop")} {Width}×{Height} at {DeviceScaleFactor:0.##}×";
}
