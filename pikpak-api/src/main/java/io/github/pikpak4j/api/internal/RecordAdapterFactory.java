package io.github.pikpak4j.api.internal;

import com.squareup.moshi.Json;
import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonQualifier;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import io.github.pikpak4j.api.model.Required;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Binds Java records leniently: JSON names from {@link Json @Json}, unknown fields skipped, absent
 * or {@code null} primitives default to {@code 0}/{@code false} (Moshi's own record adapter
 * rejects them), and components marked {@link Required @Required} must be present and non-null
 * when reading. The record's canonical constructor runs, so compact constructors normalise absent
 * lists and strings. Generic records are left to Moshi.
 */
public final class RecordAdapterFactory implements JsonAdapter.Factory {

  /** The shared instance. */
  public static final RecordAdapterFactory INSTANCE = new RecordAdapterFactory();

  private RecordAdapterFactory() {}

  @Override
  public @Nullable JsonAdapter<?> create(
      Type type, Set<? extends Annotation> annotations, Moshi moshi) {
    if (!annotations.isEmpty() || !(type instanceof Class)) {
      return null;
    }
    Class<?> raw = (Class<?>) type;
    if (!raw.isRecord() || raw.getTypeParameters().length > 0) {
      return null;
    }
    RecordComponent[] components = raw.getRecordComponents();
    int n = components.length;
    String[] names = new String[n];
    @SuppressWarnings({"unchecked", "rawtypes"})
    JsonAdapter<Object>[] adapters = new JsonAdapter[n];
    Method[] accessors = new Method[n];
    Class<?>[] types = new Class<?>[n];
    boolean[] required = new boolean[n];
    String[] unless = new String[n];
    for (int i = 0; i < n; i++) {
      RecordComponent c = components[i];
      Json json = c.getAnnotation(Json.class);
      names[i] = json != null && !json.name().equals(Json.UNSET_NAME) ? json.name() : c.getName();
      adapters[i] = moshi.adapter(c.getGenericType(), qualifiers(c.getAnnotations()));
      accessors[i] = c.getAccessor();
      accessors[i].setAccessible(true);
      types[i] = c.getType();
      Required req = c.getAnnotation(Required.class);
      required[i] = req != null;
      unless[i] = req == null ? "" : req.unless();
    }
    Constructor<?> constructor;
    try {
      constructor = raw.getDeclaredConstructor(types);
      constructor.setAccessible(true);
    } catch (NoSuchMethodException | RuntimeException e) {
      return null;
    }
    int[] unlessIndex = new int[n];
    for (int i = 0; i < n; i++) {
      unlessIndex[i] = unless[i].isEmpty() ? -1 : Arrays.asList(names).indexOf(unless[i]);
    }
    return new Adapter(raw, constructor, names, adapters, accessors, types, required, unlessIndex)
        .nullSafe();
  }

  private static Set<Annotation> qualifiers(Annotation[] annotations) {
    Set<Annotation> result = new LinkedHashSet<>();
    for (Annotation a : annotations) {
      if (a.annotationType().isAnnotationPresent(JsonQualifier.class)) {
        result.add(a);
      }
    }
    return result;
  }

  private static final class Adapter extends JsonAdapter<Object> {
    private final Class<?> raw;
    private final Constructor<?> constructor;
    private final String[] names;
    private final JsonAdapter<Object>[] adapters;
    private final Method[] accessors;
    private final Class<?>[] types;
    private final boolean[] required;
    private final int[] unlessIndex;
    private final JsonReader.Options options;

    Adapter(
        Class<?> raw,
        Constructor<?> constructor,
        String[] names,
        JsonAdapter<Object>[] adapters,
        Method[] accessors,
        Class<?>[] types,
        boolean[] required,
        int[] unlessIndex) {
      this.raw = raw;
      this.constructor = constructor;
      this.names = names;
      this.adapters = adapters;
      this.accessors = accessors;
      this.types = types;
      this.required = required;
      this.unlessIndex = unlessIndex;
      this.options = JsonReader.Options.of(names);
    }

    @Override
    public Object fromJson(JsonReader reader) throws IOException {
      Object[] values = new Object[names.length];
      String path = reader.getPath(); // the object's own path, e.g. $.files[1]
      reader.beginObject();
      while (reader.hasNext()) {
        int i = reader.selectName(options);
        if (i < 0) {
          reader.skipName();
          reader.skipValue();
          continue;
        }
        values[i] = adapters[i].fromJson(reader);
      }
      reader.endObject();
      for (int i = 0; i < names.length; i++) {
        if (values[i] == null && required[i] && !excused(values, i)) {
          throw new JsonDataException("Required value '" + names[i] + "' missing at " + path);
        }
        if (values[i] == null && types[i].isPrimitive()) {
          values[i] = defaultValue(types[i]);
        }
      }
      try {
        return constructor.newInstance(values);
      } catch (InvocationTargetException e) {
        Throwable cause = e.getCause();
        throw new JsonDataException(
            "Cannot build " + raw.getSimpleName() + " at " + path + ": " + cause, cause);
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("Cannot build " + raw.getName(), e);
      }
    }

    private boolean excused(Object[] values, int i) {
      int other = unlessIndex[i];
      if (other < 0) {
        return false;
      }
      Object v = values[other];
      return v != null && !(v instanceof String && ((String) v).isEmpty());
    }

    @Override
    public void toJson(JsonWriter writer, @Nullable Object value) throws IOException {
      writer.beginObject();
      for (int i = 0; i < names.length; i++) {
        Object v;
        try {
          v = accessors[i].invoke(value);
        } catch (ReflectiveOperationException e) {
          throw new IllegalStateException("Cannot read " + raw.getName() + "." + names[i], e);
        }
        writer.name(names[i]);
        adapters[i].toJson(writer, v);
      }
      writer.endObject();
    }

    @Override
    public String toString() {
      return "RecordAdapter(" + raw.getName() + ")";
    }

    private static Object defaultValue(Class<?> type) {
      if (type == boolean.class) {
        return false;
      }
      if (type == char.class) {
        return '\0';
      }
      if (type == long.class) {
        return 0L;
      }
      if (type == int.class) {
        return 0;
      }
      if (type == short.class) {
        return (short) 0;
      }
      if (type == byte.class) {
        return (byte) 0;
      }
      if (type == double.class) {
        return 0.0d;
      }
      return 0.0f;
    }
  }

}
