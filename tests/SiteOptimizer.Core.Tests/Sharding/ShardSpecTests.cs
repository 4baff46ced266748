using SiteOptimizer.Sharding;

namespace SiteOptimizer.Tests.Sharding;

public sealed class ShardSpecTests
{
    [Fact]
    public void EveryPath_IsInExactlyOneShard_AndEveryShardGetsSome()
    {
        var paths = Enumerable.Range(0, 400).Select(i => $"images/photo-{i}.jpg").ToList();
        var shards = Enumerable.Range(1, 4).Select(i => new ShardSpec(i, 4)).ToList();

        Assert.All(paths, path => Assert.Single(shards, shard => shard.Contains(path)));
        Assert.All(shards, shard => Assert.InRange(paths.Count(shard.Contains), 60, 140));
    }

    [Theory]
    [InlineData("1/1", 1, 1)]
    [InlineData("2/4", 2, 4)]
    public void TryParse_ReadsIOfN(string text, int index, int count) =>
        Assert.Equal(new ShardSpec(index, count), ShardSpec.TryParse(text));

    [Theory]
    [InlineData("0/2")]
    [InlineData("3/2")]
    [InlineData("1/0")]
    [InlineData("-1/2")]
    [InlineData("1-2")]
    [InlineData("a/b")]
    [InlineData("1/2/3")]
    public void TryParse_RejectsAnythingElse(string text) => Assert.Null(ShardSpec.TryParse(text));
}
