namespace SiteOptimizer.Measurement;

/// <summary>
/// The screen a page is measured on. It decides which <c>srcset</c> candidate the browser picks
/// and what is above the fold, so the estimate must assume the same one.
/// </summary>
/// <param name="Name">mobile or desktop.</param>
/// <param name="Width">Viewport width in CSS pixels.</param>
/// <param name="Height">Viewport height in CSS pixels.</param>
/// <param name="DeviceScaleFactor">Device pixels per CSS pixel.</param>
/// <param name="Mobile">Whether the page is laid out as on a phone (meta viewport honoured).</param>
internal sealed record DeviceEmulation(string Name, int Width, int Height, double DeviceScaleFactor, bool Mobile)
{
    /// <summary>Lighthouse's mobile device (a Moto G Power).</summary>
    public static DeviceEmulation Phone { get; } = new("mobile", 412, 823, 1.75, Mobile: true);

    /// <summary>Lighthouse's desktop screen.</summary>
    public static DeviceEmulation Desktop { get; } = new("desktop", 1350, 940, 1, Mobile: false);

    /// <summary>The desktop screen for the desktop profile, the phone for every other.</summary>
    public static DeviceEmulation For(string profileName) =>
        profileName.Equals("desktop", StringComparison.OrdinalIgnoreCase) ? Desktop : Phone;
}
