namespace QommerceHub.Catalog.Infrastructure;

public static class MicrosecondTime
{
    /// <summary>Now, to the microsecond PostgreSQL keeps, so an answer equals what a later read returns.</summary>
    public static DateTimeOffset Now(this TimeProvider clock)
    {
        var now = clock.GetUtcNow();
        return now.AddTicks(-(now.Ticks % 10));
    }
}
