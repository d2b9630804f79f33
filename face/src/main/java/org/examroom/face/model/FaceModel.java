package org.examroom.face.model;

import java.net.URI;

/** The two model files face checks use, each pinned by size, SHA-256 and an upstream URL. */
public enum FaceModel {

    /** YuNet 2023mar, OpenCV Zoo, MIT licence: detection and five landmarks. */
    DETECTOR("face_detection_yunet_2023mar.onnx", 232_589L,
            "8f2383e4dd3cfbb4553ea8718107fc0423210dc964f9f4280604804ed2552fa4",
            URI.create("https://media.githubusercontent.com/media/opencv/opencv_zoo/"
                    + "82b38c8f98e7b52aa171400f3e4c722352d0669f/models/face_detection_yunet/face_detection_yunet_2023mar.onnx"),
            "MIT (OpenCV Zoo)"),

    /** MobileFaceNet from foamliu/MobileFaceNet, Apache-2.0: 128-d identity embeddings. */
    EMBEDDER("face_recognition_mobilefacenet_foamliu.onnx", 3_998_070L,
            "b7120c095d60094f28a4a54ba6a8bf51b297a6273fb40ef6350dfec1f63d9507",
            URI.create("https://raw.githubusercontent.com/foamliu/MobileFaceNet/"
                    + "a6cc9032a659b615f477833e1a70b5e7931bcccc/weights/MobileFaceNet.onnx"),
            "Apache-2.0 (foamliu/MobileFaceNet)");

    private final String fileName;
    private final long size;
    private final String sha256;
    private final URI source;
    private final String licence;

    FaceModel(String fileName, long size, String sha256, URI source, String licence) {
        this.fileName = fileName;
        this.size = size;
        this.sha256 = sha256;
        this.source = source;
        this.licence = licence;
    }

    /** The name the file has in the model folder (and in a folder it is installed from). */
    public String fileName() {
        return fileName;
    }

    public long size() {
        return size;
    }

    /** Lower-case hex. */
    public String sha256() {
        return sha256;
    }

    /** Where {@code models install --download} fetches it. */
    public URI source() {
        return source;
    }

    public String licence() {
        return licence;
    }
}
