using System.Reflection;
using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using QommerceHub.ServiceDefaults.Auth;
using Microsoft.Extensions.Hosting;

namespace QommerceHub.ServiceDefaults.Messaging;

public static class MessagingExtensions
{
    /// <summary>
    /// MassTransit over RabbitMQ on <c>ConnectionStrings__messaging</c>; one queue per consumer, named after the
    /// service; retries with back-off, then the consumer's <c>_error</c> queue, so nothing is dropped silently.
    /// </summary>
    public static IHostApplicationBuilder AddServiceBus(this IHostApplicationBuilder builder, string serviceName, Action<IBusRegistrationConfigurator>? consumers = null)
    {
        var broker = new Uri(builder.Configuration.GetConnectionString("messaging")
            ?? throw new InvalidOperationException("ConnectionStrings:messaging is not configured"));

        builder.Services.AddMassTransit(x =>
        {
            x.SetEndpointNameFormatter(new KebabCaseEndpointNameFormatter(serviceName, includeNamespace: false));
            // No calls home: the machines this runs on may have no outbound network.
            x.DisableUsageTelemetry();
            consumers?.Invoke(x);
            // Revocations must reach every instance, not one of them: each gets its own short-lived queue.
            x.AddConsumer<AccessRevokedConsumer>().Endpoint(e =>
            {
                e.Temporary = true;
                e.InstanceId = Guid.NewGuid().ToString("N")[..12];
            });
            x.UsingRabbitMq((context, cfg) =>
            {
                var (user, password) = Credentials(broker);
                var virtualHost = broker.AbsolutePath.Trim('/') is { Length: > 0 } path ? Uri.UnescapeDataString(path) : "/";
                cfg.Host(broker.Host, (ushort)(broker.IsDefaultPort ? 5672 : broker.Port), virtualHost, h =>
                {
                    h.Username(user);
                    h.Password(password);
                });
                cfg.UseMessageRetry(r => r.Exponential(8, TimeSpan.FromMilliseconds(100), TimeSpan.FromSeconds(15), TimeSpan.FromMilliseconds(400)));
                cfg.ConfigureEndpoints(context);
            });
        });
        builder.Services.TryAddSingleton<RevokedAccess>();
        // Registered after the bus, so it asks Identity once this instance's revocation queue is being set up.
        if (serviceName != "identity")
        {
            builder.Services.AddHttpClient();
            builder.Services.AddHostedService<RevocationCatchUp>();
        }
        builder.Services.Configure<MassTransitHostOptions>(o =>
        {
            o.WaitUntilStarted = false;
            o.StopTimeout = TimeSpan.FromSeconds(10);
        });
        return builder;
    }

    /// <summary>
    /// Every consumer of the service's assembly; an <see cref="IdempotentBatchConsumer{TMessage,TContext}"/> with the
    /// batch settings of <see cref="BatchConsumerDefinition{TConsumer,TMessage}"/>.
    /// </summary>
    public static void AddServiceConsumers(this IBusRegistrationConfigurator bus, Assembly assembly)
    {
        var consumers = assembly.GetTypes().Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IConsumer).IsAssignableFrom(t));
        foreach (var consumer in consumers)
        {
            if (BatchMessageType(consumer) is { } message)
                bus.AddConsumer(consumer, typeof(BatchConsumerDefinition<,>).MakeGenericType(consumer, message));
            else
                bus.AddConsumer(consumer);
        }
    }

    private static Type? BatchMessageType(Type consumer)
    {
        for (var type = consumer.BaseType; type is not null; type = type.BaseType)
        {
            if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IdempotentBatchConsumer<,>))
                return type.GetGenericArguments()[0];
        }
        return null;
    }

    private static (string User, string Password) Credentials(Uri uri)
    {
        var parts = uri.UserInfo.Split(':', 2);
        return parts.Length == 2 && parts[0].Length > 0
            ? (Uri.UnescapeDataString(parts[0]), Uri.UnescapeDataString(parts[1]))
            : ("guest", "guest");
    }
}
