namespace SiteOptimizer.Measurement;

/// <summary>Chromium could not load a page, did not report its paints, or not in time: the measurement cannot go on.</summary>
internal sealed class MeasurementException : Exception
{
    public MeasurementException()
    {
    }

    public MeasurementException(string message)
        : base(message)
    {
    }

    public MeasurementException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
