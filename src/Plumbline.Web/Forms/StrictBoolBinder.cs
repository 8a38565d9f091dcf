using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Plumbline.Web.Forms;

/// <summary>Binds yes/no fields from "true"/"false" only. Anything else is a field error, and the form is shown again with
/// the box unticked: the stock binder kept "maybe" as the attempted value, and the checkbox tag helper then threw
/// converting it back, answering 500.</summary>
internal sealed class StrictBoolBinder : IModelBinder
{
    public Task BindModelAsync(ModelBindingContext bindingContext)
    {
        var posted = bindingContext.ValueProvider.GetValue(bindingContext.ModelName);
        if (posted == ValueProviderResult.None)
        {
            return Task.CompletedTask;
        }

        if (bool.TryParse(posted.FirstValue, out var value))
        {
            bindingContext.ModelState.SetModelValue(bindingContext.ModelName, posted);
            bindingContext.Result = ModelBindingResult.Success(value);
            return Task.CompletedTask;
        }

        var nullable = bindingContext.ModelType == typeof(bool?);
        if (nullable && string.IsNullOrWhiteSpace(posted.FirstValue))
        {
            bindingContext.ModelState.SetModelValue(bindingContext.ModelName, posted);
            bindingContext.Result = ModelBindingResult.Success(null);
            return Task.CompletedTask;
        }

        bindingContext.ModelState.SetModelValue(bindingContext.ModelName, new ValueProviderResult("false"));
        bindingContext.ModelState.TryAddModelError(bindingContext.ModelName, $"{bindingContext.ModelMetadata.GetDisplayName()} is yes or no.");
        bindingContext.Result = ModelBindingResult.Failed();
        return Task.CompletedTask;
    }
}

/// <summary>Uses <see cref="StrictBoolBinder"/> for every <c>bool</c> and <c>bool?</c> a form binds.</summary>
internal sealed class StrictBoolBinderProvider : IModelBinderProvider
{
    private static readonly StrictBoolBinder Binder = new();

    public IModelBinder? GetBinder(ModelBinderProviderContext context) =>
        context.Metadata.ModelType == typeof(bool) || context.Metadata.ModelType == typeof(bool?) ? Binder : null;
}
