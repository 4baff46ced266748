namespace SiteOptimizer.Cli;

/// <summary>siteopt's exit codes, documented in the README. Warnings about single files do not change the code.</summary>
internal static class ExitCodes
{
    /// <summary>The run finished; files with problems were kept as they were and reported as warnings.</summary>
    public const int Success = 0;

    /// <summary>An unexpected failure inside siteopt (a bug: please report it).</summary>
    public const int InternalError = 1;

    /// <summary>The command line is wrong: unknown option, missing argument.</summary>
    public const int UsageError = 2;

    /// <summary>optimizer.json is missing, malformed or has a bad setting.</summary>
    public const int ConfigError = 3;

    /// <summary>The site folder does not exist, or the output cannot be written.</summary>
    public const int InputOutputError = 4;

    /// <summary>libvips could not be loaded.</summary>
    public const int MissingNativeLibrary = 5;

    /// <summary>siteopt measure: no Chromium was found.</summary>
    public const int MissingBrowser = 6;

    /// <summary>siteopt measure: Chromium could not load a page, or not in time.</summary>
    public const int MeasurementFailed = 7;

    /// <summary>Another siteopt run is writing the same output folder; nothing was written.</summary>
    public const int OutputInUse = 8;

    /// <summary>Cancelled with Ctrl+C.</summary>
    public const int Cancelled = 130;
}
