using System.Net;
using System.Net.Sockets;
using System.Threading.RateLimiting;
using Hearth.Core.FrontDoor;
using Microsoft.AspNetCore.RateLimiting;

namespace Hearth.Web.Hosting;

/// <summary>
/// The public referral form is the one page anyone can post to without signing in, so submissions
/// are limited per address (<see cref="FrontDoorOptions.PublicFormPermitPerMinute"/> a minute, a
/// fixed window). Reading the form is never limited: only sending it. A refused post gets 429 and
/// the error page's "too many referrals" message. Behind a proxy the address is the client's only
/// when Hosting:BehindProxy is set (forwarded headers run before this).
/// </summary>
public static class PublicReferralRateLimit
{
    public const string Policy = "public-referral";

    public static IServiceCollection AddPublicReferralRateLimit(this IServiceCollection services) =>
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = (context, _) =>
            {
                context.HttpContext.Response.Headers.RetryAfter = "60";
                return ValueTask.CompletedTask;
            };
            options.AddPolicy(Policy, http =>
            {
                if (!HttpMethods.IsPost(http.Request.Method))
                {
                    return RateLimitPartition.GetNoLimiter("reading the form");
                }
                var permit = http.RequestServices.GetRequiredService<FrontDoorOptions>().PublicFormPermitPerMinute;
                return RateLimitPartition.GetFixedWindowLimiter(Sender(http.Connection.RemoteIpAddress), _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = Math.Max(1, permit),
                    Window = TimeSpan.FromMinutes(1),
                    QueueLimit = 0,
                    AutoReplenishment = true,
                });
            });
        });

    /// <summary>
    /// The partition for an address: an IPv4 address as it is, an IPv6 one by its /64 network, since
    /// one household or device is given a whole /64 and could otherwise send from a new address each time.
    /// </summary>
    public static string Sender(IPAddress? address)
    {
        if (address is null)
        {
            return "unknown";
        }
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }
        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return address.ToString();
        }
        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return new IPAddress(bytes) + "/64";
    }
}
