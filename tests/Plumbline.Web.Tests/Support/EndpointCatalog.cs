using System.Collections;
using System.Reflection;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Plumbline.Web.Engagements;

namespace Plumbline.Web.Tests.Support;

/// <summary>Every endpoint the running app serves, read from its endpoint data source (not a hand-written list), with
/// each page's handlers and the form fields they bind: what the access-matrix and garbage-form tests walk.</summary>
public static class EndpointCatalog
{
    /// <summary>One way in: a route, a verb and (for a page) a handler name, with the fields that handler binds.</summary>
    public sealed record Way(string Pattern, string Verb, string? Handler, bool ClientMayPost, IReadOnlyList<string> Fields, bool IsPage, bool ConsultantsOnly = false)
    {
        public bool NamesEngagement => Pattern.Contains("{" + EngagementRoute.Parameter, StringComparison.Ordinal);

        public override string ToString() => $"{Verb} {Pattern}{(Handler is null ? string.Empty : "?handler=" + Handler)}";
    }

    public static async Task<IReadOnlyList<Way>> ReadAsync(WorkspaceFactory factory)
    {
        using (factory.CreateClient())
        {
            // Starting a client builds the host, and with it the endpoints.
        }

        var source = factory.Services.GetRequiredService<EndpointDataSource>();
        var loader = factory.Services.GetRequiredService<PageLoader>();
        var ways = new List<Way>();
        foreach (var endpoint in source.Endpoints.OfType<RouteEndpoint>())
        {
            var pattern = "/" + endpoint.RoutePattern.RawText!.TrimStart('/');
            var clientMayPost = endpoint.Metadata.GetMetadata<ClientMayPostAttribute>() is not null;
            var consultantsOnly = endpoint.Metadata.GetMetadata<ConsultantsOnlyAttribute>() is not null;
            if (endpoint.Metadata.GetMetadata<PageActionDescriptor>() is { } page)
            {
                var compiled = await loader.LoadAsync(page, endpoint.Metadata);
                var pageFields = compiled.BoundProperties.OfType<PageBoundPropertyDescriptor>()
                    .Where(p => p.BindingInfo?.BindingSource != BindingSource.Services)
                    .SelectMany(p => Fields(p.BindingInfo?.BinderModelName ?? p.Name, p.ParameterType, 0)).ToList();
                foreach (var handler in compiled.HandlerMethods)
                {
                    var verb = handler.HttpMethod.ToUpperInvariant();
                    var fields = pageFields.Concat(handler.Parameters
                            .Where(p => p.ParameterType != typeof(CancellationToken) && p.BindingInfo?.BindingSource != BindingSource.Services)
                            .SelectMany(p => Fields(p.BindingInfo?.BinderModelName ?? p.Name, p.ParameterType, 0)))
                        .Where(f => !RouteParameter(endpoint, f)).Distinct().ToList();
                    ways.Add(new Way(pattern, verb, handler.Name, clientMayPost, fields, IsPage: true, consultantsOnly));
                }

                if (!compiled.HandlerMethods.Any(h => h.HttpMethod.Equals("Get", StringComparison.OrdinalIgnoreCase) && h.Name is null))
                {
                    // A page without OnGet still renders on GET.
                    ways.Add(new Way(pattern, "GET", null, clientMayPost, [], IsPage: true, consultantsOnly));
                }
            }
            else
            {
                var verbs = endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? [HttpMethods.Get];
                ways.AddRange(verbs.Select(v => new Way(pattern, v, null, clientMayPost, [], IsPage: false, consultantsOnly)));
            }
        }

        return ways;
    }

    private static bool RouteParameter(RouteEndpoint endpoint, string field) =>
        endpoint.RoutePattern.Parameters.Any(p => string.Equals(p.Name, field, StringComparison.OrdinalIgnoreCase));

    /// <summary>The form field names a value of <paramref name="type"/> binds from, as a browser would name them.</summary>
    private static IEnumerable<string> Fields(string name, Type type, int depth)
    {
        var inner = Nullable.GetUnderlyingType(type) ?? type;
        if (IsLeaf(inner) || depth > 3)
        {
            return [name];
        }

        if (inner.IsGenericType && inner.GetGenericTypeDefinition() == typeof(Dictionary<,>))
        {
            return Fields($"{name}[key]", inner.GetGenericArguments()[1], depth + 1);
        }

        if (typeof(IEnumerable).IsAssignableFrom(inner))
        {
            var element = inner.IsArray ? inner.GetElementType()! : inner.GetGenericArguments().FirstOrDefault() ?? typeof(string);
            return IsLeaf(Nullable.GetUnderlyingType(element) ?? element) ? [name] : Fields($"{name}[0]", element, depth + 1);
        }

        return inner.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanWrite && p.GetIndexParameters().Length == 0)
            .SelectMany(p => Fields($"{name}.{p.Name}", p.PropertyType, depth + 1));
    }

    private static bool IsLeaf(Type type) =>
        type.IsPrimitive || type.IsEnum || type == typeof(string) || type == typeof(decimal) || type == typeof(DateOnly)
        || type == typeof(DateTime) || type == typeof(DateTimeOffset) || type == typeof(TimeOnly) || type == typeof(Guid);
}
