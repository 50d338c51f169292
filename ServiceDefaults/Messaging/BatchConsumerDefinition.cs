using MassTransit;
using QommerceHub.Contracts;

namespace QommerceHub.ServiceDefaults.Messaging;

/// <summary>
/// Batches of every <see cref="IdempotentBatchConsumer{TMessage,TContext}"/>: one store's messages each, a full
/// batch at once and a partial one after <see cref="TimeLimit"/>, which is all the delay a quiet system adds.
/// </summary>
public sealed class BatchConsumerDefinition<TConsumer, TMessage> : ConsumerDefinition<TConsumer>
    where TConsumer : class, IConsumer<Batch<TMessage>>
    where TMessage : IntegrationEvent
{
    public const int MessageLimit = 100;
    public static readonly TimeSpan TimeLimit = TimeSpan.FromMilliseconds(20);

    protected override void ConfigureConsumer(IReceiveEndpointConfigurator endpointConfigurator, IConsumerConfigurator<TConsumer> consumerConfigurator,
        IRegistrationContext context) =>
        consumerConfigurator.Options<BatchOptions>(o => o
            .SetMessageLimit(MessageLimit)
            .SetTimeLimit(TimeLimit)
            .SetConcurrencyLimit(1)
            .GroupBy<TMessage, int>(c => c.Message.TenantId));
}
