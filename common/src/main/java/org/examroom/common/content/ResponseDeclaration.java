package org.examroom.common.content;

import java.util.Optional;

/**
 * The answer slot an interaction fills, with what the author declared correct and how values map to points.
 * These are the reference answers: they stay on the controller.
 */
public record ResponseDeclaration(String identifier, Cardinality cardinality, BaseType baseType,
                                  Optional<ResponseValue> correct, Optional<Mapping> mapping,
                                  Optional<AreaMapping> areaMapping) {

    public static ResponseDeclaration of(String identifier, Cardinality cardinality, BaseType baseType,
                                         ResponseValue correct) {
        return new ResponseDeclaration(identifier, cardinality, baseType, Optional.of(correct), Optional.empty(),
                Optional.empty());
    }
}
