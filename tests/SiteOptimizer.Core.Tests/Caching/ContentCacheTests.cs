using SiteOptimizer.Caching;
using SiteOptimizer.Tests.Support;

namespace SiteOptimizer.Tests.Caching;

public sealed class ContentCacheTests
{
    private static string Key(int n) => ContentHash.Of([(byte)n]).Hex;

    [Fact]
    public void Read_GivesBackWhatWasWritten()
    {
        using var temp = new TempDirectory();
        var cache = new ContentCache(temp.Path, long.MaxValue);

        cache.Write(Key(1), "payload"u8);

        Assert.Equal("payload"u8.ToArray(), cache.Read(Key(1))!.Value.ToArray());
        Assert.Null(cache.Read(Key(2)));
    }

    [Theory]
    [InlineData("truncated")]
    [InlineData("flipped")]
    [InlineData("empty")]
    public void Read_OfADamagedEntry_MissesAndDeletesIt(string damage)
    {
        using var temp = new TempDirectory();
        var cache = new ContentCache(temp.Path, long.MaxValue);
        cache.Write(Key(1), new byte[1000]);
        var file = Assert.Single(Directory.GetFiles(temp.Path, "*", SearchOption.AllDirectories));
        var bytes = File.ReadAllBytes(file);
        File.WriteAllBytes(file, damage switch
        {
            "truncated" => bytes[..(bytes.Length - 1)],
            "flipped" => [.. bytes[..^1], (byte)(bytes[^1] ^ 1)],
            _ => [],
        });

        Assert.Null(cache.Read(Key(1)));
        Assert.Equal(1, cache.CorruptEntries);
        Assert.False(File.Exists(file));
    }

    [Fact]
    public void ReadOnly_ReadsEntriesButCreatesTouchesDeletesAndTrimsNothing()
    {
        using var temp = new TempDirectory();
        var writer = new ContentCache(temp.Path, long.MaxValue);
        writer.Write(Key(1), "kept"u8);
        writer.Write(Key(2), new byte[1000]);
        var damaged = Directory.GetFiles(temp.Path, Key(2), SearchOption.AllDirectories).Single();
        File.WriteAllBytes(damaged, File.ReadAllBytes(damaged)[..^1]);
        var old = DateTime.UtcNow.AddHours(-5);
        foreach (var file in Directory.GetFiles(temp.Path, "*", SearchOption.AllDirectories))
        {
            File.SetLastWriteTimeUtc(file, old);
        }
        var before = Snapshot(temp.Path);
        var cache = new ContentCache(temp.Path, maxBytes: 1, readOnly: true);

        Assert.Equal("kept"u8.ToArray(), cache.Read(Key(1))!.Value.ToArray());
        Assert.Null(cache.Read(Key(2)));
        cache.Write(Key(3), "new"u8);
        Assert.Equal(0, cache.Trim());

        Assert.Null(cache.Read(Key(3)));
        Assert.Equal(before, Snapshot(temp.Path));
    }

    [Fact]
    public void ReadOnly_OverAFolderThatDoesNotExist_MissesAndCreatesNothing()
    {
        using var temp = new TempDirectory();
        var root = Path.Combine(temp.Path, "cache");

        var cache = new ContentCache(root, long.MaxValue, readOnly: true);
        cache.Write(Key(1), "x"u8);

        Assert.Null(cache.Read(Key(1)));
        Assert.False(Directory.Exists(root));
    }

    private static string[] Snapshot(string folder) =>
        [.. Directory.GetFiles(folder, "*", SearchOption.AllDirectories)
            .Select(f => $"{f} {new FileInfo(f).Length} {File.GetLastWriteTimeUtc(f).Ticks}")
            .Order(StringComparer.Ordinal)];

    [Fact]
    public void Trim_RemovesTheLeastRecentlyUsedEntriesUntilTheCacheFits()
    {
        using var temp = new TempDirectory();
        var cache = new ContentCache(temp.Path, maxBytes: 2500);
        for (var n = 0; n < 4; n++)
        {
            cache.Write(Key(n), new byte[1000]);
            var file = Directory.GetFiles(temp.Path, Key(n), SearchOption.AllDirectories).Single();
            File.SetLastWriteTimeUtc(file, DateTime.UtcNow.AddHours(n - 10));
        }
        Assert.NotNull(cache.Read(Key(0))); // the oldest written, now the most recently used

        var evicted = cache.Trim();

        Assert.Equal(2, evicted);
        Assert.NotNull(cache.Read(Key(0)));
        Assert.Null(cache.Read(Key(1)));
        Assert.Null(cache.Read(Key(2)));
        Assert.NotNull(cache.Read(Key(3)));
    }

    [Fact]
    public async Task ManyWritersAndReadersOfOneKey_OnlyEverSeeAWholeEntry()
    {
        using var temp = new TempDirectory();
        var payload = Enumerable.Range(0, 300_000).Select(i => (byte)i).ToArray();
        var seen = 0;

        await Task.WhenAll(Enumerable.Range(0, 8).Select(worker => Task.Run(() =>
        {
            // Each worker is its own ContentCache, as two siteopt processes would be.
            var cache = new ContentCache(temp.Path, long.MaxValue);
            for (var round = 0; round < 20; round++)
            {
                if (worker % 2 == 0)
                {
                    cache.Write(Key(7), payload);
                }
                else if (cache.Read(Key(7)) is { } read)
                {
                    Assert.True(read.Span.SequenceEqual(payload));
                    Interlocked.Increment(ref seen);
                }
                Assert.Equal(0, cache.CorruptEntries);
            }
        })));

        Assert.True(seen > 0);
        Assert.Single(Directory.GetFiles(temp.Path, "*", SearchOption.AllDirectories));
    }
}
