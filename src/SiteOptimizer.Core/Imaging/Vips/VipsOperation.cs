using System.Runtime.InteropServices;

namespace SiteOptimizer.Imaging.Vips;

/// <summary>
/// One call of a libvips operation through the generic API: create by name, set inputs,
/// build (through the operation cache), read outputs, dispose.
/// </summary>
internal sealed class VipsOperation : IDisposable
{
    private readonly string _name;
    private nint _operation;
    private bool _built;

    public VipsOperation(string name)
    {
        VipsRuntime.EnsureStarted();
        _name = name;
        _operation = VipsNative.vips_operation_new(name);
        if (_operation == 0)
        {
            throw VipsException.FromErrorBuffer($"libvips has no operation '{name}'");
        }
    }

    public VipsOperation Set(string name, int value) => SetValue(name, GValue.Int, (ref v) => VipsNative.g_value_set_int(ref v, value));

    public VipsOperation Set(string name, double value) => SetValue(name, GValue.Double, (ref v) => VipsNative.g_value_set_double(ref v, value));

    public VipsOperation Set(string name, bool value) => SetValue(name, GValue.Boolean, (ref v) => VipsNative.g_value_set_boolean(ref v, value ? 1 : 0));

    public VipsOperation Set(string name, string value) => SetValue(name, GValue.String, (ref v) => VipsNative.g_value_set_string(ref v, value));

    public VipsOperation Set(string name, VipsImage image)
    {
        var success = false;
        image.Handle.DangerousAddRef(ref success);
        try
        {
            // g_value_set_object takes its own reference; g_value_unset drops it.
            return SetValue(name, VipsNative.vips_image_get_type(), (ref v) => VipsNative.g_value_set_object(ref v, image.Handle.DangerousGetHandle()));
        }
        finally
        {
            if (success)
            {
                image.Handle.DangerousRelease();
            }
        }
    }

    /// <summary>Copies <paramref name="bytes"/> into GLib memory that libvips frees when done.</summary>
    public VipsOperation SetBlob(string name, ReadOnlySpan<byte> bytes)
    {
        var copy = CopyToGlibMemory(bytes);
        var length = (nuint)bytes.Length;
        return SetValue(name, VipsNative.vips_blob_get_type(), (ref v) => VipsNative.vips_value_set_blob_free(ref v, copy, length));
    }

    /// <summary>Sets enums, flags and numbers from text such as <c>"Q=80,keep=icc"</c>.</summary>
    public VipsOperation SetOptions(string options)
    {
        if (options.Length > 0 && VipsNative.vips_object_set_from_string(_operation, options) != 0)
        {
            throw VipsException.FromErrorBuffer($"{_name}: bad options '{options}'");
        }
        return this;
    }

    public VipsOperation Build()
    {
        var built = VipsNative.vips_cache_operation_build(_operation);
        if (built == 0)
        {
            throw VipsException.FromErrorBuffer($"{_name} failed");
        }
        VipsNative.g_object_unref(_operation);
        _operation = built;
        _built = true;
        return this;
    }

    public VipsImage GetImage(string name)
    {
        var value = GetValue(name, VipsNative.vips_image_get_type());
        try
        {
            // g_value_get_object does not add a reference; the wrapper needs its own.
            var image = VipsNative.g_object_ref(VipsNative.g_value_get_object(ref value));
            return new VipsImage(VipsImageHandle.Own(image));
        }
        finally
        {
            VipsNative.g_value_unset(ref value);
        }
    }

    public byte[] GetBlob(string name)
    {
        var value = GetValue(name, VipsNative.vips_blob_get_type());
        try
        {
            var data = VipsNative.vips_value_get_blob(ref value, out var length);
            var bytes = new byte[checked((int)length)];
            Marshal.Copy(data, bytes, 0, bytes.Length);
            return bytes;
        }
        finally
        {
            VipsNative.g_value_unset(ref value);
        }
    }

    public double GetDouble(string name)
    {
        var value = GetValue(name, GValue.Double);
        try
        {
            return VipsNative.g_value_get_double(ref value);
        }
        finally
        {
            VipsNative.g_value_unset(ref value);
        }
    }

    public void Dispose()
    {
        if (_operation == 0)
        {
            return;
        }
        VipsNative.vips_object_unref_outputs(_operation);
        VipsNative.g_object_unref(_operation);
        _operation = 0;
    }

    private delegate void ValueSetter(ref GValue value);

    private VipsOperation SetValue(string name, nint type, ValueSetter set)
    {
        EnsureArgument(name);
        var value = default(GValue);
        VipsNative.g_value_init(ref value, type);
        try
        {
            set(ref value);
            VipsNative.g_object_set_property(_operation, name, ref value);
        }
        finally
        {
            VipsNative.g_value_unset(ref value);
        }
        return this;
    }

    private GValue GetValue(string name, nint type)
    {
        if (!_built)
        {
            throw new InvalidOperationException($"{_name}: read outputs after Build().");
        }
        EnsureArgument(name);
        var value = default(GValue);
        VipsNative.g_value_init(ref value, type);
        VipsNative.g_object_get_property(_operation, name, ref value);
        return value;
    }

    // g_object_set_property only logs a warning for a misspelled name; fail loudly instead.
    private void EnsureArgument(string name)
    {
        if (VipsNative.vips_object_get_argument(_operation, name, out _, out _, out _) != 0)
        {
            VipsRuntime.TakeErrorText();
            throw new ArgumentException($"libvips operation '{_name}' has no argument '{name}'.", nameof(name));
        }
    }

    private static unsafe nint CopyToGlibMemory(ReadOnlySpan<byte> bytes)
    {
        var memory = VipsNative.g_malloc((nuint)Math.Max(bytes.Length, 1));
        bytes.CopyTo(new Span<byte>((void*)memory, bytes.Length));
        return memory;
    }
}
