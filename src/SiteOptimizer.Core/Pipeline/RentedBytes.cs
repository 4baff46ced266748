using System.Buffers;

namespace SiteOptimizer.Pipeline;

/// <summary>
/// A file's bytes in an array borrowed from the shared pool, for a look that keeps nothing
/// (a header, a hash): reading a thousand photos this way allocates no large arrays for the
/// garbage collector to leave lying about. Dispose once, after the last use of <see cref="Span"/>.
/// </summary>
internal readonly struct RentedBytes : IDisposable
{
    private readonly byte[] _array;
    private readonly int _length;

    private RentedBytes(byte[] array, int length)
    {
        _array = array;
        _length = length;
    }

    public ReadOnlySpan<byte> Span => _array.AsSpan(0, _length);

    public static RentedBytes Read(string path)
    {
        using var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read, FileOptions.SequentialScan);
        var length = checked((int)RandomAccess.GetLength(handle));
        var array = ArrayPool<byte>.Shared.Rent(length);
        var read = 0;
        try
        {
            // A file that shrank since its length was read is read as it is now.
            for (int n; read < length && (n = RandomAccess.Read(handle, array.AsSpan(read, length - read), read)) > 0;)
            {
                read += n;
            }
        }
        catch
        {
            ArrayPool<byte>.Shared.Return(array);
            throw;
        }
        return new RentedBytes(array, read);
    }

    public void Dispose() => ArrayPool<byte>.Shared.Return(_array);
}
