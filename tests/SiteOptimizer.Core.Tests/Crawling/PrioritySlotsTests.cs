using SiteOptimizer.Crawling;

namespace SiteOptimizer.Tests.Crawling;

public sealed class PrioritySlotsTests
{
    [Fact]
    public async Task Release_HandsTheSlotToTheHighestPriorityThenTheEarliest()
    {
        var slots = new PrioritySlots(1);
        await slots.WaitAsync(2, CancellationToken.None);
        var image = slots.WaitAsync(2, CancellationToken.None);
        var page = slots.WaitAsync(0, CancellationToken.None);
        var font = slots.WaitAsync(1, CancellationToken.None);

        // One slot: whoever got it is the only one whose wait can finish, so each await
        // below proves the order without depending on how fast continuations run.
        slots.Release(2);
        await page.WaitAsync(TimeSpan.FromSeconds(5));
        Assert.False(font.IsCompleted || image.IsCompleted, "the page went first");
        slots.Release(0);
        await font.WaitAsync(TimeSpan.FromSeconds(5));
        Assert.False(image.IsCompleted, "the font went before the image");
        slots.Release(1);
        await image.WaitAsync(TimeSpan.FromSeconds(5));
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
        slots.Release(0);

        await next.WaitAsync(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task WhileAPageIsInFlight_ImagesLeavePagesAQuarterOfTheSlots()
    {
        var slots = new PrioritySlots(8);
        await slots.WaitAsync(0, CancellationToken.None);
        var images = Enumerable.Range(0, 7).Select(_ => slots.WaitAsync(2, CancellationToken.None)).ToArray();

        Assert.Equal(6, images.Count(i => i.IsCompletedSuccessfully));
        var page = slots.WaitAsync(0, CancellationToken.None);
        Assert.True(page.IsCompletedSuccessfully, "a page found meanwhile takes a kept slot at once");

        slots.Release(0);
        slots.Release(0);
        await Task.WhenAll(images).WaitAsync(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task WithNothingLeftToDiscoverWith_ImagesTakeEverySlot()
    {
        var slots = new PrioritySlots(4);
        var images = Enumerable.Range(0, 4).Select(_ => slots.WaitAsync(2, CancellationToken.None)).ToArray();

        await Task.WhenAll(images).WaitAsync(TimeSpan.FromSeconds(5));
        Assert.False(slots.WaitAsync(0, CancellationToken.None).IsCompleted);
    }

    [Fact]
    public async Task AnAnnouncedPage_KeepsItsSlotFromImagesUntilItAsks()
    {
        var slots = new PrioritySlots(2);
        await slots.WaitAsync(0, CancellationToken.None);
        slots.Expect();
        var image = slots.WaitAsync(2, CancellationToken.None);

        slots.Release(0);
        Assert.False(image.IsCompleted, "the freed slot is the announced page's");
        await slots.WaitAsync(0, CancellationToken.None, expected: true).WaitAsync(TimeSpan.FromSeconds(5));
        slots.Release(0);
        await image.WaitAsync(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task AForgottenAnnouncement_GivesTheSlotBack()
    {
        var slots = new PrioritySlots(1);
        slots.Expect();
        var image = slots.WaitAsync(2, CancellationToken.None);
        Assert.False(image.IsCompleted);

        slots.Forget();
        await image.WaitAsync(TimeSpan.FromSeconds(5));
    }
}
