using SiteOptimizer.Crawling;

namespace SiteOptimizer.Tests.Crawling;

public sealed class PrioritySlotsTests
{
    [Fact]
    public async Task Release_HandsTheSlotToTheHighestPriorityThenTheEarliest()
    {
        var slots = new PrioritySlots(1);
        await slots.WaitAsync(2, CancellationToken.None);
        var order = new List<string>();
        var image = slots.WaitAsync(2, CancellationToken.None).ContinueWith(_ => order.Add("image"), TaskScheduler.Default);
        var page = slots.WaitAsync(0, CancellationToken.None).ContinueWith(_ => order.Add("page"), TaskScheduler.Default);
        var font = slots.WaitAsync(1, CancellationToken.None).ContinueWith(_ => order.Add("font"), TaskScheduler.Default);

        for (var i = 0; i < 3; i++)
        {
            slots.Release();
            await Task.WhenAny(image, page, font).WaitAsync(TimeSpan.FromSeconds(5));
            await Task.Delay(20);
        }

        await Task.WhenAll(image, page, font).WaitAsync(TimeSpan.FromSeconds(5));
        Assert.Equal(["page", "font", "image"], order);
    }

    [Fact]
    public async Task CancelledWaiter_DoesNotSwallowTheSlot()
    {
        var slots = new PrioritySlots(1);
        await slots.WaitAsync(0, CancellationToken.None);
        using var cancellation = new CancellationTokenSource();
        var cancelled = slots.WaitAsync(0, cancellation.Token);
        var next = slots.WaitAsync(1, CancellationToken.None);

        await cancellation.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => cancelled);
        slots.Release();

        await next.WaitAsync(TimeSpan.FromSeconds(5));
    }
}
