package io.tresor.domain.crypto;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a {@link Personal} as its sealed form; applied to every attribute of that type. */
@Converter(autoApply = true)
public class PersonalConverter implements AttributeConverter<Personal, String> {

    @Override
    public String convertToDatabaseColumn(Personal value) {
        return value == null ? null : value.storedForm();
    }

    @Override
    public Personal convertToEntityAttribute(String stored) {
        return stored == null ? null : Personal.stored(stored);
    }
}
